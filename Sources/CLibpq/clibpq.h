/*
 * clibpq.h: libpq, PostgreSQL's own C client, for the team notebook (Sources/LeaklineTeam).
 *
 * Why libpq and not a Swift driver: see docs/architecture.md, "The team notebook's database
 * client". In short, PQsocket gives one descriptor the browser's poll() waits on beside the
 * terminal, and libpq follows PostgreSQL's own rules for sslmode, PGPASSWORD, ~/.pgpass and
 * PGSERVICE. The include path comes from pkg-config (libpq.pc, from Debian's libpq-dev).
 * Only LeaklineTeam imports this module.
 */
#ifndef CLIBPQ_H
#define CLIBPQ_H

#include <libpq-fe.h>

#endif
