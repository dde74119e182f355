/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "og-error.h"

G_DEFINE_QUARK (og-import-error-quark, og_import_error)
