#!/usr/bin/env python3
"""`dbt`, but killed by the kernel when the run that started it dies (Linux).

dagster-dbt starts dbt as a child process. When `salvo run` is killed with
SIGKILL (an OOM kill, a reboot of the container) nothing could stop that
child: dbt went on building the marts in a warehouse the next run was about
to write. This launcher sets PR_SET_PDEATHSIG and then becomes dbt (exec:
same pid, same arguments, nothing else changes), so dbt ends with its parent.
Standard library only: it runs before any environment is set up.
"""

import ctypes
import os
import shutil
import signal
import sys


def main() -> None:
    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: dbt runs as before
    if os.getppid() != parent:  # the parent died before the request took effect
        sys.exit(1)
    dbt = shutil.which("dbt")
    if dbt is None:
        sys.exit("dbt_with_parent: no `dbt` on PATH")
    os.execv(dbt, [dbt, *sys.argv[1:]])


if __name__ == "__main__":
    main()
