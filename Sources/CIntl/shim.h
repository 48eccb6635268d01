#ifndef SAMSKAP_CINTL_SHIM_H
#define SAMSKAP_CINTL_SHIM_H
/* glibc's gettext (libintl is part of the C library) and setlocale, which Swift's Glibc module leaves out. */
#include <libintl.h>
#include <locale.h>

/* GNU gettext's documented way to say "the language changed": translations it cached under the old LANGUAGE
   are looked up again. (glibc exports the counter; see the gettext manual, "Being a gettext grok".) */
extern int _nl_msg_cat_cntr;
static inline void samskap_catalogue_language_changed(void) { ++_nl_msg_cat_cntr; }
#endif
