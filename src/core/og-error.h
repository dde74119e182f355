/* SPDX-License-Identifier: GPL-3.0-or-later */
/* og-error.h — the error domain for problems a user's input can cause. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OG_IMPORT_ERROR (og_import_error_quark ())

typedef enum
{
  OG_IMPORT_ERROR_NOT_FOUND,      /* the source holds nothing OutreachGuard can read */
  OG_IMPORT_ERROR_UNREADABLE,     /* the file or archive cannot be opened or read */
  OG_IMPORT_ERROR_FORMAT,         /* broken CSV, JSON or ZIP structure */
  OG_IMPORT_ERROR_ENCODING,       /* text in an encoding that cannot be decoded */
  OG_IMPORT_ERROR_LIMIT,          /* a size limit against hostile input was hit */
  OG_IMPORT_ERROR_MISSING_COLUMN, /* a required column is absent from the header */
} OgImportError;

GQuark og_import_error_quark (void);

G_END_DECLS
