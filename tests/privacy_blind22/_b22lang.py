"""Language choice for blind22: about a quarter of lines are wholly or partly non-English, spread
over many languages; each module holds its own phrases keyed by these codes."""
from _b22rand import R, pick

LANGS = ["zh", "ja", "ko", "de", "fr", "es", "pt", "ru", "hi", "tr", "vi", "pl", "ar", "it"]


def lang(share=0.27):
    """'en', or one of LANGS for about `share` of calls."""
    return pick(LANGS) if R.random() < share else "en"


def say(table, code):
    """A phrase from a {code: [variants]} table, falling back to English."""
    return pick(table.get(code) or table["en"])
