#ifndef ANNOTATE_CLIBXML2_SHIM_H
#define ANNOTATE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its encoding.h then includes ICU's headers, whose
// enums clash with the copy of ICU inside Foundation. annotate never touches libxml2's ICU
// converter struct, so the ICU part of the headers is left out.
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#endif
