"""Who a speaker phrase refers to: one entity per person or organisation per article.

Entities are registered in reading order from every name in the article (not only speakers), so
"Mr Kim" finds "North Korean leader Kim Jong Un" two paragraphs up. A short name matches an
entity whose name contains all its words ("Solovey" = "Ihor Solovey"); the canonical name is the
fullest form seen. Pronouns go to the most recent compatible entity, speakers first: he/she to a
person (kept apart once a title, role noun or earlier pronoun tells the gender), it to an organisation or
document, they to a group. A definite description goes to the last entity with that head noun
("the centre" → "Center for Strategic Communications ..."); an indefinite one ("an expert") is a
new anonymous source, which :func:`resolve_cataphora` may later tie to a named speaker whose
words it paraphrases.

Types, without a named-entity tagger: a name whose head word is an organisation word, an acronym
or a place is an organization; other names, he and she are persons; descriptions built on a role
noun ("officials", "a U.S. official") are anonymous; on a document noun ("the report"),
documents. With NER in the models, its PERSON/ORG/GPE tags decide first.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from attribution.attribute.phrases import Phrase, is_acronym, org_head
from attribution.attribute.words import SpeakerWords

_NER_TYPES = {"PERSON": "person", "PER": "person", "ORG": "organization", "GPE": "organization",
              "NORP": "anonymous", "FAC": "organization", "LOC": "organization"}


@dataclass
class Entity:
    id: int
    type: str  # person, organization, anonymous, document, group
    names: list[tuple[str, ...]] = field(default_factory=list)
    description: str | None = None
    heads: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    role_words: set[str] = field(default_factory=set)  # "minister", "spokesperson": found by "the minister"
    gender: str | None = None
    name_gender: str | None = None  # what the first name tells: only rules a pronoun of the other gender out
    plural: bool = False
    indefinite: bool = False
    last_seen: int = -1
    last_subject: int = -1
    last_spoke: int = -1
    members: tuple[int, ...] = ()  # a coordinated group's entities ("Paris and Berlin")
    member_type: str | None = None

    @property
    def canonical(self) -> str:
        if self.names:
            return " ".join(max(self.names, key=lambda n: (len(n), sum(map(len, n)))))
        return self.description or "unnamed source"

    @property
    def role(self) -> str | None:
        return max(self.roles, key=len) if self.roles else None

    @property
    def speaker_type(self) -> str:
        if self.type == "group":
            return self.member_type or "anonymous"  # named members keep their type
        return self.type


_ROLE_BREAKS = frozenset({"of", "to", "for", "at", "in", "with", "and", "'s", "’s"})


@functools.lru_cache(maxsize=4096)
def _words(name: tuple[str, ...]) -> frozenset[str]:
    """The words a name is matched by, worked out once per name: finding a name compares it with
    every name of every entity the article registered so far."""
    return frozenset(w.lower().rstrip(".") for w in name if w.lower() not in ("of", "for", "and", "the", "on"))


def _other_person(wanted: frozenset[str], entity: Entity) -> bool:
    """A full name that conflicts with the entity's full name is someone else sharing its
    surname: "Bill Clinton" is not "Hillary Clinton", although "Clinton" names either."""
    if entity.type != "person" or len(wanted) < 2:
        return False
    full = [_words(n) for n in entity.names if len(_words(n)) >= 2]
    return bool(full) and not any(wanted <= f or f <= wanted for f in full)


def _slips(a: str, b: str) -> int:
    """Letters added, dropped, changed or swapped between two words (optimal string alignment)."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def _strip_det(text: str) -> str:
    parts = text.split(maxsplit=1)
    if len(parts) == 2 and parts[0].lower() in ("the", "a", "an", "this", "these", "our", "their", "its", "his", "her"):
        return parts[1]
    return text


class Registry:
    """The entities of one article."""

    def __init__(self, words: SpeakerWords):
        self.words = words
        self.entities: list[Entity] = []

    def _new(self, type_: str, **kwargs) -> Entity:
        entity = Entity(len(self.entities), type_, **kwargs)
        self.entities.append(entity)
        return entity

    def person(self, name: tuple[str, ...], sentence: int) -> Entity:
        """The person a name given alone names ("Tapper" of a transcript's "TAPPER:"): whoever
        already carries it, else a new person."""
        entity = self.find_name(name, "person")
        if entity is None:
            entity = self._new("person", names=[name])
        entity.last_seen = sentence
        return entity

    # -- typing ----------------------------------------------------------------------------------

    def _first_name_gender(self, first: str) -> str | None:
        """The gender a given name tells ("James Roe": m), None for a name the lists lack."""
        first = first.lower().rstrip(".")
        if first in self.words.male_first_names:
            return "m"
        return "f" if first in self.words.female_first_names else None

    def name_type(self, phrase: Phrase) -> str:
        ner = phrase.head.ner.split("-")[-1] if phrase.head.ner and phrase.head.ner != "O" else ""
        if ner in _NER_TYPES:
            return _NER_TYPES[ner]
        if org_head(phrase.name, self.words) or self.words.is_place(list(phrase.name)):
            return "organization"
        if len(phrase.name) == 1 and is_acronym(phrase.name[0]):
            return "organization"
        if phrase.title or len(phrase.name) >= 2:
            return "person"
        return "organization"  # a lone unknown name: news introduces people by full name first

    def description_type(self, phrase: Phrase) -> str:
        head = self.words.standard(phrase.head_lemma)
        if head in self.words.document_heads:  # "the post", "the paper": texts, when not named
            return "document"
        if head in self.words.organization_heads:
            return "organization"
        if head in self.words.person_roles:
            return "group" if phrase.plural else "anonymous"
        return "anonymous"

    # -- finding ---------------------------------------------------------------------------------

    def find_name(self, name: tuple[str, ...], type_: str | None = None) -> Entity | None:
        wanted = _words(name)
        if not wanted:
            return None
        best = None
        for entity in self.entities:
            if type_ is not None and entity.type != type_ and not (type_ == "person" and len(name) == 1):
                continue
            if any(wanted <= _words(n) or (_words(n) <= wanted and not self._named_within(name, n)) for n in entity.names) \
                    and not _other_person(wanted, entity):
                if best is None or entity.last_seen > best.last_seen:
                    best = entity
        return best

    def _named_within(self, name: tuple[str, ...], known: tuple[str, ...]) -> bool:
        """The longer name is an organisation of its own that a known name only qualifies: "Irving
        Police Department" is not the town "Irving", "Clinton Foundation" is not "Clinton"."""
        head = org_head(name, self.words)
        return head is not None and head != org_head(known, self.words)

    def find_misspelt(self, name: tuple[str, ...]) -> Entity | None:
        """The one person whose surname a lone unknown surname misspells ("Bauchtman" for
        "Lydia Buchtmann", "Water" for "Kathryn Waters"); None when none or several are that close."""
        if len(name) != 1:
            return None
        word = name[0].lower().rstrip(".")
        least = self.words.rules.surname_typo_min_letters
        if len(word) < least or not word.isalpha():
            return None
        allowed = 2 if len(word) >= 8 else 1
        found: dict[int, Entity] = {}
        for entity in self.entities:
            if entity.type != "person":
                continue
            for n in entity.names:
                if len(n) < 2:
                    continue
                last = n[-1].lower().rstrip(".")
                if last[:1] == word[:1] and len(last) >= least and _slips(word, last) <= allowed:
                    found[entity.id] = entity
        return next(iter(found.values())) if len(found) == 1 else None

    def _recent(self, types: tuple[str, ...], sentence: int, gender: str | None = None, plural: bool | None = None) -> Entity | None:
        window = self.words.rules.pronoun_window
        def ok(e: Entity) -> bool:
            if e.type not in types or e.last_seen < 0 or sentence - e.last_seen > window:
                return False
            if e.type == "anonymous" and not e.heads & self.words.person_roles:
                return False  # "the exact cause" is no one a pronoun stands for
            if gender is not None and (e.gender or e.name_gender) not in (None, gender):
                return False
            return plural is None or e.plural == plural or e.type == "group"

        candidates = [e for e in self.entities if ok(e)]
        if not candidates:
            return None
        spoke = [e for e in candidates if e.last_spoke >= 0 and sentence - e.last_spoke <= window]
        if spoke:
            speaker = max(spoke, key=lambda e: e.last_spoke)
            here = [e for e in candidates if e.last_seen == sentence and e.type == "person" and gender is not None
                    and e.gender == gender]
            if speaker.last_seen < sentence and len(here) == 1 and here[0] is not speaker:
                # "X's sister pleaded with him, but he replied ...": a person of that gender named
                # in the sentence itself is nearer than the last speaker
                return here[0]
            if gender is not None and speaker.gender is None:
                # "Minister X said ... . Spokeswoman Y told ... . '...,' she said": a subject named
                # since, known to be a woman, is likelier than a speaker whose gender is not known
                known = [e for e in candidates if e.gender == gender and e.last_subject > speaker.last_spoke]
                if known:
                    return max(known, key=lambda e: e.last_subject)
            return speaker
        subjects = [e for e in candidates if e.last_subject >= 0]
        if subjects:
            return max(subjects, key=lambda e: e.last_subject)
        return max(candidates, key=lambda e: e.last_seen)

    # -- registering and resolving ---------------------------------------------------------------

    def register(self, phrase: Phrase, sentence: int, speaking: bool = False) -> Entity | None:
        """Record a mention seen in the text; returns its entity (pronouns are not registered).

        A description that is not about people ("the war") is only an entity when it speaks.
        """
        if phrase.kind == "pronoun":
            return None
        if phrase.kind == "group":
            return self._register_group(phrase, sentence)
        if phrase.kind == "name":
            type_ = self.name_type(phrase)
            # a lone surname or acronym is whoever already carries it, whatever it looks like alone
            entity = self.find_name(phrase.name, None if len(phrase.name) == 1 else type_)
            if entity is None:
                entity = self.find_misspelt(phrase.name) or self._new(type_)
            if phrase.name not in entity.names:
                entity.names.append(phrase.name)
            if entity.type == "organization" and (head := org_head(phrase.name, self.words)):
                entity.heads.add(head)
            # the title and the role's own words ("agency spokeswoman"), not those of a person it
            # names ("the husband of Queen X")
            role = (phrase.role or "").lower().split()
            own = role[:next((i for i, w in enumerate(role) if w in _ROLE_BREAKS), len(role))]
            told = {w.rstrip(".,") for w in [(phrase.title or "").lower()] + own}
            if told & self.words.male_titles and not told & self.words.female_titles:
                entity.gender = "m"
            elif told & self.words.female_titles and not told & self.words.male_titles:
                entity.gender = "f"
            if entity.name_gender is None and type_ == "person" and len(phrase.name) >= 2:
                entity.name_gender = self._first_name_gender(phrase.name[0])
        else:
            type_ = self.description_type(phrase)
            if type_ == "anonymous" and phrase.head_lemma not in self.words.person_roles and not speaking:
                return None  # "the war", "the area": not a possible speaker
            entity = self._resolve_description(phrase, sentence)
            if entity is None:
                entity = self._new(type_, description=_strip_det(phrase.text), plural=phrase.plural,
                                   indefinite=not phrase.definite)
                entity.heads.add(self.words.standard(phrase.head_lemma))
        if phrase.role and phrase.role not in entity.roles:
            entity.roles.append(phrase.role)
        if phrase.kind == "name":
            said = [(phrase.title or "").lower().rstrip(".")] + (phrase.role or "").lower().split()
            # a short title counts as its role noun: "Sen. Ruiz" is "the senator"
            entity.role_words |= {self.words.standard(w) for w in said if self.words.standard(w) in self.words.person_roles}
        entity.last_seen = sentence
        if phrase.subject:
            entity.last_subject = sentence
        return entity

    def _register_group(self, phrase: Phrase, sentence: int) -> Entity:
        """One entity for "X and Y": its members resolved each, its name theirs joined."""
        members: list[Entity] = []
        for m in (self.resolve(p, sentence) for p in phrase.members):
            if m is not None and m not in members:
                members.append(m)
        if len(members) == 1 and len(phrase.members) > 1 and all(p.kind != "pronoun" for p in phrase.members):
            return members[0]  # two mentions of one entity are not a group
        ids = tuple(m.id for m in members)
        entity = next((e for e in self.entities if e.type == "group" and e.members and e.members == ids), None)
        if entity is None:
            names = [m.canonical for m in members]
            description = phrase.text if len(names) < len(phrase.members) else (
                names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])
            types = [m.type for m in members]
            member_type = types[0] if types and all(t == types[0] for t in types) and types[0] != "group" else (
                "person" if "person" in types else None)
            entity = self._new("group", description=description, plural=True, members=ids, member_type=member_type)
        entity.last_seen = sentence
        if phrase.subject:
            entity.last_subject = sentence
        return entity

    def _resolve_description(self, phrase: Phrase, sentence: int) -> Entity | None:
        if not phrase.definite:
            return None
        head = self.words.standard(phrase.head_lemma)
        matches = [e for e in self.entities if head in e.heads and e.last_seen >= 0]
        if not matches and head in self.words.person_roles:
            # "the minister": the person introduced as "Transport Minister Ana Ruiz"
            matches = [e for e in self.entities if e.type == "person" and head in e.role_words]
        bare = len(phrase.text.split()) == 2  # "the agency", not "Russia's air transport agency"
        if not matches and bare and head in self.words.municipal_heads:
            # "the city": the town's government named before ("the Municipality of Livorno")
            matches = [e for e in self.entities if e.type == "organization" and e.heads & self.words.municipal_heads
                       and e.last_seen >= 0]
        if not matches and bare and head in self.words.document_heads:
            # "the report": the study or survey named before ("the National Nutrition Study")
            matches = [e for e in self.entities if e.last_seen >= 0 and any(self._document_name(n) for n in e.names)]
        if not matches and bare and head in self.words.generic_organization_heads:
            # "the agency": the organisation named last ("the Federal Aviation Administration")
            window = self.words.rules.pronoun_window
            matches = [e for e in self.entities if e.type == "organization" and e.names
                       and not any(self.words.is_place(list(n)) for n in e.names)  # "Washington" is no agency
                       and 0 <= sentence - e.last_seen <= window]
        return max(matches, key=lambda e: e.last_seen) if matches else None

    def _bound(self, binder: Phrase | None, gender: str) -> Entity | None:
        """The person a pronoun's binder names, when nothing tells another gender."""
        if binder is None or binder.kind != "name":
            return None
        entity = self.find_name(binder.name)
        if entity is None or entity.type != "person" or entity.plural or (entity.gender or entity.name_gender) not in (None, gender):
            return None
        return entity

    def _document_name(self, name: tuple[str, ...]) -> bool:
        """A name built on a document noun that names no outlet or body ("... Nutrition Study",
        not "The Washington Post")."""
        last = self.words.standard(name[-1].lower()) if len(name) >= 2 else ""
        return last in self.words.document_heads and last not in self.words.organization_heads \
            and last not in self.words.media_heads

    def resolve(self, phrase: Phrase, sentence: int, binder: Phrase | None = None) -> Entity | None:
        """The entity a speaker phrase refers to, creating it when new. ``binder``: the name that
        is the subject of the clause above a pronoun in its sentence, which it stands for first."""
        if phrase.kind == "pronoun":
            lemma = phrase.head_lemma
            if lemma in self.words.person_pronouns:
                gender = "f" if lemma in ("she", "her") else "m"
                # an anonymous person counts too: "A source close to the talks said ... He
                # added ..." is the source again, not the named person quoted before
                entity = self._bound(binder, gender) or self._recent(("person", "anonymous"), sentence, gender, plural=False)
                if entity is not None and entity.gender is None:
                    entity.gender = gender
            elif lemma in self.words.thing_pronouns:
                entity = self._recent(("organization", "document"), sentence)
            elif lemma in self.words.group_pronouns:
                entity = self._recent(("group", "anonymous"), sentence, plural=True) or self._recent(("organization",), sentence)
            else:
                entity = None
            if entity is not None:
                entity.last_seen = sentence
            return entity
        if phrase.kind == "description":
            # a known name the tagger did not take for one ("Wilkins observed that ..." at the
            # start of a sentence, tagged as a common noun)
            words = tuple(phrase.text.split())
            if words and all(w[:1].isupper() for w in words):
                known = self.find_name(words)
                if known is not None:
                    known.last_seen = sentence
                    return known
        return self.register(phrase, sentence, speaking=True)

    def spoke(self, entity: Entity, sentence: int) -> None:
        entity.last_spoke = sentence
        entity.last_seen = max(entity.last_seen, sentence)
