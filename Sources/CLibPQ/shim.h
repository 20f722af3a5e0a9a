#ifndef CLINICAL_CLIBPQ_SHIM_H
#define CLINICAL_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
