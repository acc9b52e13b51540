"""Stage 5 of 6, load: a folder of files -> the tables, fast and without losing a file.

A document travels ``reading -> lookup -> extract -> tables -> load -> review``. This stage lists the
documents folder and runs every file through the earlier stages (``pipeline``, with worker processes),
keeps per-document results and finished tables between runs (``cache``), splices newly added files into
tables already built (``incremental``), learns of changes to the folder (``folder_watch``), pauses
Python's cycle collector during a build (``gcpause``) and accepts uploads into the folder (``uploads``).

May import: the base modules and every earlier stage. Never ``review``.
"""
