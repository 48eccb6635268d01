#ifndef SAMSKAP_CUTF8PROC_SHIM_H
#define SAMSKAP_CUTF8PROC_SHIM_H
/* utf8proc: Unicode normalization for search folding (SamskapPlatform), where FoundationEssentials has none. */
#include <utf8proc.h>
#endif
