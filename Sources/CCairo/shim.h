#ifndef SAMSKAP_CCAIRO_SHIM_H
#define SAMSKAP_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <stdint.h>
#include <wchar.h>

/* Fills `count` 32-bit pixels with one value. wmemset's wide vector stores keep up with memory where a loop of
   single stores does not; wchar_t is 32 bits on Linux. (Swift's libc module leaves wchar.h out.) */
static inline void samskap_fill_pixels(uint32_t *start, uint32_t value, size_t count) {
    _Static_assert(sizeof(wchar_t) == sizeof(uint32_t), "wchar_t is a pixel");
    wmemset((wchar_t *)start, (wchar_t)value, count);
}
#endif
