"""The document every extraction step shares, as spaCy's `Doc`: the article, the text the
rules read, its sentences, and the labelled spans each step adds, all with offsets into
the article text. Each step of `kg.extract.STEPS` takes a `Doc` and returns it, so any
step can be run and tested alone on a document the steps before it filled.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.byline import BylineHit
from kg.extract.events import EventDraft, PersonSpan
from kg.extract.people import PersonHit
from kg.extract.sentences import SentenceIndex
from kg.lexicon.script import Unfolder, fold
from kg.model import Article, Event, Person, Reporter, Sentence


@dataclass
class Doc:
    article: Article
    # the article text with page furniture blanked (kg.extract.furniture): same length and
    # offsets as article.text, which mentions quote
    text: str = ""
    # the date, else the page's own date line, else a year the page prints
    published: str | None = None
    sentences: tuple[Sentence, ...] = ()
    index: SentenceIndex | None = None
    byline: list[BylineHit] = field(default_factory=list)
    # titled and listed people of the body (not the byline), each with its raw posts and,
    # once `posts` ran, the resolved (organisation, title) of each raw post
    hits: list[PersonHit] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    mentions: list[PersonSpan] = field(default_factory=list)  # every mention of a person
    drafts: list[EventDraft] = field(default_factory=list)
    reporters: tuple[Reporter, ...] = ()
    events: tuple[Event, ...] = ()
    # writes what was read from `text` back in the article's own characters
    printed: Unfolder = field(default_factory=lambda: Unfolder("", ""))

    @property
    def title(self) -> str:
        """The headline the rules read: folded to simplified characters like `text` (書記暗訪檢查
        is typed as 暗访检查, an inspection)."""
        return fold(self.article.title)
