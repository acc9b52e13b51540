"""The Streamlit dashboard's shared code: filters, loading, charts, map, downloads.

Pages stay thin: they ask ``ui.state.context()`` for the loaded and filtered tables and
call the functions here. Modules other than ``sidebar``, ``state``, ``loader`` and
``layout`` are plain Python and pandas, testable without Streamlit.
"""
