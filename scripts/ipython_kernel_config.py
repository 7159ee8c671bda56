# IPython kernel configuration, installed by `make install` into .venv/etc/ipython/, where every
# kernel started with this environment's Python reads it. It drops two notices of ipykernel
# that say nothing about the notebook, by their exact text:
# - "Kernel is running over TCP without encryption": the process that starts the kernel gave it
#   no CurveZMQ keys. `kdexplain reproduce` and `make lab` do give keys; plain `papermill`
#   cannot ask for them.
# - "KeyboardInterrupt caught in kernel.": jupyter_client interrupts every kernel before it
#   shuts it down, and a kernel still answering a message at that moment logs this.
import logging

_NOTICES = ("Kernel is running over TCP without encryption", "KeyboardInterrupt caught in kernel.")


class _DropNotices(logging.Filter):
    def filter(self, record):
        return not record.getMessage().startswith(_NOTICES)


logging.getLogger("IPKernelApp").addFilter(_DropNotices())
