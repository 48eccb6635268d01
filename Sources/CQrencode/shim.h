#ifndef SAMSKAP_CQRENCODE_SHIM_H
#define SAMSKAP_CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
