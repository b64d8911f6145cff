"""The ``attribution`` command line.

Exit codes: 0 success; 1 finished, but some inputs were skipped (each one reported); 2 the
command line is wrong; 3 configuration, lexicon or model problem (nothing analysed); 4 stopped
at the first bad input (``--strict``); 5 no input could be read (nothing written); 130 interrupted.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from attribution import __version__

if TYPE_CHECKING:  # the CLI imports the heavy modules only in the command that needs them
    from attribution.lexicon import Lexicon

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_SETUP, EXIT_STRICT, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
EXIT_NO_INPUT = 5

log = logging.getLogger("attribution")


class _Formatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        level = record.levelname.lower()
        text = super().format(record)
        return f"attribution: {text}" if level == "info" else f"attribution: {level}: {text}"


def _setup_logging(verbose: int, quiet: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_Formatter("%(message)s"))
    root = logging.getLogger("attribution")
    root.handlers[:] = [handler]
    root.propagate = False
    root.setLevel(logging.ERROR if quiet else logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    if verbose <= 1:
        for noisy in ("stanza", "trafilatura", "htmldate", "courlan"):
            logging.getLogger(noisy).setLevel(logging.ERROR)


def _show_progress(quiet: bool) -> bool:
    """A progress bar on a terminal; nothing in CI, pipes or with --quiet."""
    return not quiet and sys.stderr.isatty() and not os.environ.get("CI")


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def _kinds(text: str) -> tuple[str, ...]:
    """An argparse type: task kinds separated by commas (attribution exercise --kinds)."""
    from attribution.exercise.tasks import KINDS

    kinds = tuple(k.strip() for k in text.split(",") if k.strip())
    unknown = [k for k in kinds if k not in KINDS]
    if not kinds or unknown:
        raise argparse.ArgumentTypeError(f"unknown task kind {unknown[0] if unknown else text!r}; choose from {','.join(KINDS)}")
    return kinds


def _common(top: bool = False) -> argparse.ArgumentParser:
    """The options every command takes, before or after the command's name. Only the top parser
    has defaults: a subcommand's default would overwrite what was given before the command
    (``attribution --config my.yaml analyze ...`` lost its config)."""
    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="count", default=default(0), help="say more (twice: debug output)")
    common.add_argument("-q", "--quiet", action="store_true", default=default(False), help="only errors; no progress bar")
    common.add_argument("--config", type=Path, default=default(None),
                        help="settings file (default: ./attribution.yaml if present)")
    return common


def _model_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--models", type=Path, metavar="DIR", help="Stanza model directory (overrides $ATTRIBUTION_MODELS)")
    p.add_argument("--device", choices=("auto", "cpu", "cuda"), help="where Stanza runs (default: auto)")
    p.add_argument("--batch-size", type=int, metavar="N", help="documents per Stanza batch (default 16)")
    p.add_argument("--threads", type=_positive, metavar="N",
                   help="torch threads per worker (default: the free cores divided by the workers)")
    p.add_argument("--cache", type=Path, metavar="FILE", help="parse cache file (default ~/.cache/attribution/parses.sqlite)")
    p.add_argument("--no-cache", action="store_true", help="parse everything again and store nothing")
    p.add_argument("--lexicon", type=Path, action="append", default=[], metavar="FILE",
                   help="your lexicon overlay (repeatable; applied in order over the shipped lexicons)")
    p.add_argument("--keep-boilerplate", action="store_true", help="analyse text files as they are, without boilerplate removal")


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="attribution",
        description="Who says what in the news, and how sure it sounds.",
        parents=[_common(top=True)],
        epilog="Exit codes: 0 ok, 1 some inputs skipped, 2 usage, 3 setup or output-folder problem, 4 --strict stop, "
               "5 no input could be read.",
    )
    parser.add_argument("--version", action="version", version=f"attribution {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("analyze", parents=[common], help="analyse articles and write data files and HTML reports",
                       description="Analyse article files or folders (.txt, .html, .jsonl, .csv).")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--out", "-o", type=Path, required=True, metavar="DIR", help="output directory")
    p.add_argument("--strict", action="store_true", help="stop at the first bad input")
    p.add_argument("--title", help="report title")
    p.add_argument("--jobs", "-j", type=_positive, metavar="N",
                   help="worker processes, each with its own Stanza pipeline (default 1; with --engine dask: "
                        "the workers of the local cluster, default the usable cores)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: this machine; dask: Dask's distributed scheduler (pip install 'attribution[dask]')")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --engine dask: a running scheduler (tcp://host:8786); default a LocalCluster")
    _model_options(p)

    p = sub.add_parser("exercise", parents=[common], help="classroom worksheets and answer keys drawn from articles",
                       description="Analyse the articles (as analyze does, into --out) and write a printable worksheet "
                                   "and a separate answer key per article and per story into DIR/exercises/.")
    p.add_argument("paths", nargs="+", type=Path, metavar="ARTICLE")
    p.add_argument("--out", "-o", type=Path, required=True, metavar="DIR", help="output directory (analysis, report, exercises)")
    p.add_argument("--tasks", type=_positive, default=6, metavar="N", help="tasks per worksheet (default 6)")
    p.add_argument("--kinds", type=_kinds, default=None, metavar="KIND,...",
                   help="task kinds, taken in turn: source,hedges,certainty,compare (default all; compare only on "
                        "story sheets)")
    p.add_argument("--seed", type=int, default=0, metavar="N", help="the draw of the tasks: the same seed gives the same "
                                                                      "worksheets (default 0)")
    p.add_argument("--classroom", type=Path, metavar="FILE",
                   help="your copy of lexicons/classroom.yaml: the answer choices and the certainty levels")
    p.add_argument("--strict", action="store_true", help="stop at the first bad input")
    p.add_argument("--title", help="report title")
    _model_options(p)

    p = sub.add_parser("report", parents=[common], help="render the HTML reports of a finished analysis again")
    p.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    p.add_argument("--title", help="report title")

    p = sub.add_parser("evaluate", parents=[common], help="score the analysis of articles against gold annotations")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--gold", type=Path, metavar="GOLD_DIR", action="append",
                   help="folder of gold YAML files (not needed when PATH is a brat corpus: text/ + attributions/); "
                        "give it again for another annotator's folder of the same articles: the system is scored "
                        "against the first, and Cohen's kappa is given between every two")
    p.add_argument("--report", type=Path, metavar="DIR", help="also write the full report as DIR/evaluation.json and DIR/evaluation.html")
    p.add_argument("--json", type=Path, metavar="FILE", help="also write the full report as JSON here")
    p.add_argument("--html", type=Path, metavar="FILE", help="also write the full report as one HTML page here")
    p.add_argument("--errors", type=Path, metavar="FILE", help="write the errors here: brat corpora, a sample of misses, false alarms and wrong sources; "
                   "our gold format, every missed, wrong-speaker and false statement")
    p.add_argument("--claims", type=Path, metavar="FILE",
                   help="claims.yaml of the first gold folder (default: inside GOLD_DIR, else beside it)")
    _model_options(p)

    p = sub.add_parser("train-cues", parents=[common], help="train the learned cue model on a brat corpus (PolNeAR train)")
    p.add_argument("--corpus", type=Path, required=True, help="brat corpus folder (text/ and attributions/)")
    p.add_argument("--out", type=Path, default=None, help="model file (default: the package's cue_model.json)")
    p.add_argument("--min-lemma", type=int, default=20, help="lemmas seen fewer times share one weight (default 20)")
    p.add_argument("--threshold", type=float, default=None,
                   help="probability threshold to ship instead of the cross-validated one")

    p = sub.add_parser("lexicon", parents=[common], help="check, show or compare the lexicons")
    lex = p.add_subparsers(dest="lexicon_command", metavar="ACTION")
    q = lex.add_parser("check", parents=[common], help="validate the shipped lexicons and your overlay files")
    q.add_argument("files", nargs="*", type=Path, metavar="FILE")
    q = lex.add_parser("show", parents=[common], help="print the effective lexicon as a table")
    q.add_argument("files", nargs="*", type=Path, metavar="FILE", help="overlays to apply first")
    q.add_argument("--type", choices=("hedge", "booster", "reporting"), help="only entries of this type")
    q.add_argument("--category", help="only entries of this category (evidential, modal, booster, ...)")
    q.add_argument("--format", choices=("text", "csv", "md"), default="text",
                   help="text: tables for the terminal (default); md: markdown tables; csv: the entries, one row each")

    q = lex.add_parser("diff", parents=[common], help="what a lexicon edit gains and loses on your articles and gold",
                       description="Re-score the articles (parses from the cache) with two lexicons and show, per entry "
                                   "and category, the gold cues gained and lost, the false alarms added and removed, and "
                                   "each outlet's mean confidence under both. OLD and NEW: an overlay (as --lexicon takes), "
                                   "a whole lexicon file (a copy of a shipped file, known by its 'name:'; it replaces that "
                                   "file), a folder of such files, or 'shipped'. The lexicons of attribution.yaml are not "
                                   "applied: each side is exactly what is named.")
    q.add_argument("old", metavar="OLD", help="the lexicon before the edit (or 'shipped')")
    q.add_argument("new", metavar="NEW", help="the lexicon after the edit")
    q.add_argument("paths", nargs="+", type=Path, metavar="CORPUS", help="article files or folders")
    q.add_argument("--gold", type=Path, metavar="GOLD_DIR",
                   help="folder of gold YAML files; without it cue changes are listed unjudged")
    q.add_argument("--format", choices=("text", "md", "json"), default="text", help="text (default), md or json")
    q.add_argument("--out", "-o", type=Path, metavar="FILE", help="write the diff here instead of printing it")
    q.add_argument("--models", type=Path, metavar="DIR", help="Stanza model directory (needed only for articles not in the cache)")
    q.add_argument("--cache", type=Path, metavar="FILE", help="parse cache file (default ~/.cache/attribution/parses.sqlite)")
    q.add_argument("--keep-boilerplate", action="store_true", help="analyse text files as they are, without boilerplate removal")

    p = sub.add_parser("models", parents=[common], help="show or fetch the Stanza models")
    mod = p.add_subparsers(dest="models_command", metavar="ACTION")
    q = mod.add_parser("info", parents=[common], help="which models are in use and where they come from")
    q.add_argument("--models", type=Path, metavar="DIR")
    q = mod.add_parser("download", parents=[common], help="download Stanza's official English models")
    q.add_argument("--dir", type=Path, metavar="DIR", help="target directory (default ~/stanza_resources)")
    q.add_argument("--no-ner", action="store_true", help="skip the named-entity model")
    return parser


def _settings(args: argparse.Namespace):  # noqa: ANN202 - Settings
    from attribution.config import load_settings

    return load_settings(
        args.config,
        lexicons=tuple(getattr(args, "lexicon", []) or ()),
        cache_path=getattr(args, "cache", None),
        no_cache=getattr(args, "no_cache", False),
        device=getattr(args, "device", None),
        batch_size=getattr(args, "batch_size", None),
        threads=getattr(args, "threads", None),
        strict=getattr(args, "strict", None) or None,
        report_title=getattr(args, "title", None),
        keep_boilerplate=getattr(args, "keep_boilerplate", False),
    )


def cmd_analyze(args: argparse.Namespace, lexicon: Lexicon | None = None) -> int:
    """``lexicon``: already loaded by the caller (``exercise``), else the analysis loads it."""
    from attribution.engine.local import StrictStop, analyze_paths

    settings = _settings(args)
    if args.scheduler and args.engine != "dask":
        log.error("--scheduler needs --engine dask")
        return EXIT_USAGE
    try:
        summary = analyze_paths(args.paths, args.out, settings, models_dir=args.models, progress=_show_progress(args.quiet),
                                jobs=args.jobs, engine=args.engine, scheduler=args.scheduler, lexicon=lexicon)
    except StrictStop as stop:
        log.error("stopped at the first bad input (--strict): %s", stop.problem)
        return EXIT_STRICT
    errors = summary.errors
    cached = f", {summary.cache_hits} from the parse cache" if summary.cache_hits else ""
    print(
        f"Analysed {summary.articles} article{'s' if summary.articles != 1 else ''} "
        f"({summary.statements} statements, {summary.claims} cross-outlet claims{cached}) "
        f"in {summary.timings.get('total', 0):.1f}s."
    )
    if errors:
        print(f"Skipped {len(errors)} input{'s' if len(errors) != 1 else ''} with problems (see the messages above).")
    speed = summary.words_per_second
    if speed is not None:
        print(f"Parsed {summary.words_parsed:,} words in {summary.parse_seconds:.1f}s ({speed:,.0f} words/s, "
              f"{summary.device}, {summary.threads} thread{'s' if summary.threads != 1 else ''} per worker).")
    if summary.articles == 0:
        log.error("no article could be analysed (see the messages above); nothing was written to %s", summary.out_dir)
        return EXIT_NO_INPUT
    print(f"Data: {summary.out_dir}")
    print(f"Report: {summary.report}")
    return EXIT_PARTIAL if errors else EXIT_OK


def cmd_exercise(args: argparse.Namespace) -> int:
    from attribution.exercise import write_exercises
    from attribution.exercise.classroom import load_classroom
    from attribution.exercise.tasks import KINDS
    from attribution.lexicon import Lexicon
    from attribution.output import read_analysis

    classroom = load_classroom(args.classroom)  # a bad file stops before anything is analysed
    settings = _settings(args)
    lexicon = Lexicon.load(settings.lexicons)  # once, for the analysis and the answer keys
    code = cmd_analyze(argparse.Namespace(**{**vars(args), "jobs": None, "engine": "local", "scheduler": None}), lexicon)
    if code not in (EXIT_OK, EXIT_PARTIAL):
        return code
    index = write_exercises(read_analysis(args.out), args.out, settings, count=args.tasks,
                            kinds=args.kinds or KINDS, seed=args.seed, classroom=classroom, lexicon=lexicon)
    print(f"Worksheets and keys: {index}")
    return code


def cmd_report(args: argparse.Namespace) -> int:
    from attribution.output import finish_interrupted_swap
    from attribution.report.stream import write_outputs

    settings = _settings(args)
    if args.out_dir.is_dir():
        finish_interrupted_swap(args.out_dir)  # an analyze killed while it put its files in place
    index = write_outputs(args.out_dir, settings)
    print(f"Report: {index}")
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from attribution.evaluate.run import evaluate_command

    return evaluate_command(args, _settings(args))


def cmd_train_cues(args: argparse.Namespace) -> int:
    from attribution.learn_cues import train_cues_command

    return train_cues_command(args, _settings(args))


def cmd_lexicon(args: argparse.Namespace) -> int:
    from attribution.lexicon_cli import lexicon_check, lexicon_show

    if args.lexicon_command == "diff":
        from attribution.lexicon_diff import lexicon_diff

        return lexicon_diff(args.old, args.new, args.paths, _settings(args), args.gold, args.format, args.models, args.out)
    if args.lexicon_command == "check":
        return lexicon_check(args.files, _settings(args))
    if args.lexicon_command == "show":
        return lexicon_show(args.files, _settings(args), args.type, args.category, args.format)
    print("usage: attribution lexicon {check,show,diff} ...", file=sys.stderr)
    return EXIT_USAGE


def cmd_models(args: argparse.Namespace) -> int:
    from attribution.models import ModelError, default_stanza_dir, download_models, resolve_models

    if args.models_command == "info":
        settings = _settings(args)
        models = resolve_models(settings, args.models)
        print(f"Model directory: {models.dir}")
        print(f"  chosen from:   {models.origin}")
        print(f"Stanza version:  {models.stanza_version}")
        print(f"Processors:      {','.join(models.processors)}")
        print(f"Named entities:  {'yes' if models.has_ner else 'no (speaker types from syntax and word lists)'}")
        print(f"Identity:        {models.identity}")
        for f in models.files:
            print(f"  {f.processor:<15} {f.package:<24} {f.size / 1e6:6.1f} MB  sha1 {f.sha1[:12]}  {f.path}")
        return EXIT_OK
    if args.models_command == "download":
        target = args.dir or default_stanza_dir()
        try:
            download_models(target, include_ner=not args.no_ner)
        except ModelError as exc:
            log.error("%s", exc)
            return EXIT_SETUP
        print(f"Models are in {target}. Use them with --models {target} (or set ATTRIBUTION_MODELS).")
        return EXIT_OK
    print("usage: attribution models {info,download} ...", file=sys.stderr)
    return EXIT_USAGE


COMMANDS = {
    "analyze": cmd_analyze,
    "exercise": cmd_exercise,
    "report": cmd_report,
    "evaluate": cmd_evaluate,
    "lexicon": cmd_lexicon,
    "models": cmd_models,
    "train-cues": cmd_train_cues,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # Before anything can load torch: OpenMP threads that spin for a busy core are a 20x slowdown.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    _setup_logging(args.verbose, args.quiet)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    from attribution.lexicon import LexiconError
    from attribution.models import ModelError
    from attribution.output import OutputError
    from attribution.yamlfile import YamlError

    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        out = getattr(args, "out", None)
        if args.command in ("analyze", "exercise") and out is not None:
            log.error("interrupted; %s still holds the earlier analysis, if any. The articles finished so far "
                      "are in %s and their parses in the cache: run the same command again to finish quickly",
                      out, out / ".attribution-partial")
        else:
            log.error("interrupted")
        return EXIT_INTERRUPTED
    except OutputError as exc:
        log.error("%s", exc)
        return EXIT_SETUP
    except LexiconError as exc:
        for line in getattr(exc, "problems", [str(exc)]):
            log.error("%s", line)
        return EXIT_SETUP
    except (ModelError, YamlError) as exc:
        log.error("%s", exc)
        return EXIT_SETUP
    except FileNotFoundError as exc:
        log.error("%s", exc)
        return EXIT_SETUP
