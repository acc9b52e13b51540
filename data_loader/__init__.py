"""Load UN counter-terrorism event press releases into the codebook's tidy tables.

    >>> from data_loader import load_corpus
    >>> tables = load_corpus("raw")
    >>> tables.events.head()

Plain Python: no Streamlit import anywhere in this package.
"""

from data_loader.load.pipeline import fingerprint, list_files, load_corpus, process_bytes
from data_loader.tables.build import Tables

__all__ = ["Tables", "fingerprint", "list_files", "load_corpus", "process_bytes"]
