// libpq bound lazily: dlopen on the first call, every symbol resolved once (see CLibPQ.h for why).
#include "CLibPQ.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

static struct {
    PGconn *(*connectdbParams)(const char *const *, const char *const *, int);
    ConnStatusType (*status)(const PGconn *);
    char *(*errorMessage)(const PGconn *);
    void (*finish)(PGconn *);
    int (*backendPID)(const PGconn *);
    int (*socket)(const PGconn *);
    int (*consumeInput)(PGconn *);
    int (*isBusy)(PGconn *);
    PGTransactionStatusType (*transactionStatus)(const PGconn *);
    PQnoticeProcessor (*setNoticeProcessor)(PGconn *, PQnoticeProcessor, void *);
    PGresult *(*execParams)(PGconn *, const char *, int, const Oid *, const char *const *, const int *, const int *, int);
    PGresult *(*exec)(PGconn *, const char *);
    PGresult *(*prepare)(PGconn *, const char *, const char *, int, const Oid *);
    PGresult *(*execPrepared)(PGconn *, const char *, int, const char *const *, const int *, const int *, int);
    ExecStatusType (*resultStatus)(const PGresult *);
    char *(*resultErrorField)(const PGresult *, int);
    int (*ntuples)(const PGresult *);
    int (*nfields)(const PGresult *);
    char *(*fname)(const PGresult *, int);
    char *(*getvalue)(const PGresult *, int, int);
    int (*getlength)(const PGresult *, int, int);
    int (*getisnull)(const PGresult *, int, int);
    char *(*cmdTuples)(PGresult *);
    void (*clear)(PGresult *);
    PQconninfoOption *(*conninfoParse)(const char *, char **);
    void (*conninfoFree)(PQconninfoOption *);
    void (*freemem)(void *);
} pq;
static int loaded;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    // Found through the executable's $ORIGIN/lib runpath first (the packaged copy), then the system.
    void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!library) return;
#define BIND(field, name) *(void **)(&pq.field) = dlsym(library, name); if (!pq.field) return;
    BIND(connectdbParams, "PQconnectdbParams") BIND(status, "PQstatus") BIND(errorMessage, "PQerrorMessage")
    BIND(finish, "PQfinish") BIND(backendPID, "PQbackendPID") BIND(socket, "PQsocket") BIND(consumeInput, "PQconsumeInput")
    BIND(isBusy, "PQisBusy") BIND(transactionStatus, "PQtransactionStatus") BIND(setNoticeProcessor, "PQsetNoticeProcessor")
    BIND(execParams, "PQexecParams") BIND(exec, "PQexec") BIND(resultStatus, "PQresultStatus")
    BIND(prepare, "PQprepare") BIND(execPrepared, "PQexecPrepared")
    BIND(resultErrorField, "PQresultErrorField") BIND(ntuples, "PQntuples") BIND(nfields, "PQnfields") BIND(fname, "PQfname")
    BIND(getvalue, "PQgetvalue") BIND(getlength, "PQgetlength") BIND(getisnull, "PQgetisnull") BIND(cmdTuples, "PQcmdTuples")
    BIND(clear, "PQclear") BIND(conninfoParse, "PQconninfoParse") BIND(conninfoFree, "PQconninfoFree") BIND(freemem, "PQfreemem")
#undef BIND
    loaded = 1;
}

int dl_pq_available(void) { pthread_once(&once, load); return loaded; }

// Without libpq: no connection (NULL), a connection is never OK, a result never exists.
PGconn *dl_PQconnectdbParams(const char *const *k, const char *const *v, int e) { return dl_pq_available() ? pq.connectdbParams(k, v, e) : NULL; }
ConnStatusType dl_PQstatus(const PGconn *c) { return dl_pq_available() ? pq.status(c) : CONNECTION_BAD; }
char *dl_PQerrorMessage(const PGconn *c) { return dl_pq_available() ? pq.errorMessage(c) : NULL; }
void dl_PQfinish(PGconn *c) { if (dl_pq_available()) pq.finish(c); }
int dl_PQbackendPID(const PGconn *c) { return dl_pq_available() ? pq.backendPID(c) : 0; }
int dl_PQsocket(const PGconn *c) { return dl_pq_available() ? pq.socket(c) : -1; }
int dl_PQconsumeInput(PGconn *c) { return dl_pq_available() ? pq.consumeInput(c) : 0; }
int dl_PQisBusy(PGconn *c) { return dl_pq_available() ? pq.isBusy(c) : 0; }
PGTransactionStatusType dl_PQtransactionStatus(const PGconn *c) { return dl_pq_available() ? pq.transactionStatus(c) : PQTRANS_UNKNOWN; }
PQnoticeProcessor dl_PQsetNoticeProcessor(PGconn *c, PQnoticeProcessor p, void *a) { return dl_pq_available() ? pq.setNoticeProcessor(c, p, a) : NULL; }
PGresult *dl_PQexecParams(PGconn *c, const char *q, int n, const Oid *t, const char *const *v, const int *l, const int *f, int r) {
    return dl_pq_available() ? pq.execParams(c, q, n, t, v, l, f, r) : NULL;
}
PGresult *dl_PQexec(PGconn *c, const char *q) { return dl_pq_available() ? pq.exec(c, q) : NULL; }
PGresult *dl_PQprepare(PGconn *c, const char *s, const char *q, int n, const Oid *t) {
    return dl_pq_available() ? pq.prepare(c, s, q, n, t) : NULL;
}
PGresult *dl_PQexecPrepared(PGconn *c, const char *s, int n, const char *const *v, const int *l, const int *f, int r) {
    return dl_pq_available() ? pq.execPrepared(c, s, n, v, l, f, r) : NULL;
}
ExecStatusType dl_PQresultStatus(const PGresult *r) { return dl_pq_available() ? pq.resultStatus(r) : PGRES_FATAL_ERROR; }
char *dl_PQresultErrorField(const PGresult *r, int f) { return dl_pq_available() ? pq.resultErrorField(r, f) : NULL; }
int dl_PQntuples(const PGresult *r) { return dl_pq_available() ? pq.ntuples(r) : 0; }
int dl_PQnfields(const PGresult *r) { return dl_pq_available() ? pq.nfields(r) : 0; }
char *dl_PQfname(const PGresult *r, int i) { return dl_pq_available() ? pq.fname(r, i) : NULL; }
char *dl_PQgetvalue(const PGresult *r, int t, int f) { return dl_pq_available() ? pq.getvalue(r, t, f) : NULL; }
int dl_PQgetlength(const PGresult *r, int t, int f) { return dl_pq_available() ? pq.getlength(r, t, f) : 0; }
int dl_PQgetisnull(const PGresult *r, int t, int f) { return dl_pq_available() ? pq.getisnull(r, t, f) : 1; }
char *dl_PQcmdTuples(PGresult *r) { return dl_pq_available() ? pq.cmdTuples(r) : NULL; }
void dl_PQclear(PGresult *r) { if (r && dl_pq_available()) pq.clear(r); }
PQconninfoOption *dl_PQconninfoParse(const char *s, char **e) { if (e) *e = NULL; return dl_pq_available() ? pq.conninfoParse(s, e) : NULL; }
void dl_PQconninfoFree(PQconninfoOption *o) { if (o && dl_pq_available()) pq.conninfoFree(o); }
void dl_PQfreemem(void *p) { if (p && dl_pq_available()) pq.freemem(p); }
