"""The version of picograd: at the bottom, so the runtime can key its disk cache by it."""
__version__ = "0.1.0"
