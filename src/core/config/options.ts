// The one table of settings. It drives the action's inputs (action.yml), the CLI's flags, the
// config file's keys and the typed Config (each setting's parser gives its field's type), so a
// setting has the same name and meaning everywhere and is added with one entry.

import {
  args,
  cargoPackage,
  choice,
  count,
  environment,
  failOn,
  flag,
  gitRemote,
  gitRevision,
  historyBranch,
  httpsUrl,
  instanceName,
  list,
  number,
  optionalText,
  percentage,
  projectName,
  rate,
  runId,
  type SettingParser,
  selector,
  shardSpec,
  size,
  text,
  textOr,
  variableNames,
  wholeNumber
} from './parsers.js';

export interface OptionSpec {
  /** kebab-case: the action input, the CLI flag (`--name`) and the config file key. */
  name: string;
  /** The effective default, as text (empty: none). */
  default: string;
  description: string;
  /** The setting's effective text (input, config file or default, trimmed) → its typed value. */
  parse: SettingParser<unknown>;
  /** Accepted values, when the setting is a choice. */
  choices?: readonly string[];
  /**
   * A credential: read from the input/flag (or the environment) only, never from the config file,
   * and left out of the report's settings and of every message.
   */
  secret?: true;
  /**
   * Decides whom the run trusts (which comment it edits, whether it promotes, what the audit
   * records): read from the input/flag or the default only. A pull request controls the config
   * file, so a config file naming it is refused. A credential (`secret`) is workflow only too.
   */
  workflowOnly?: true;
  /**
   * A `default:` for action.yml. The runner passes it whenever the workflow does not set the input,
   * so the action reads that value as "not set" (the config file and `default` then apply). For the
   * token, the one value only the workflow knows; for an `explicitEmpty` option, what lets an empty
   * input be told from an unset one (the runner passes '' for both when there is no default).
   */
  actionDefault?: string;
  /** An empty input or flag is a value (as an empty value in the config file always is), not "not set". */
  explicitEmpty?: true;
}

export const OPTIONS = [
  {
    name: 'working-directory',
    default: '.',
    parse: textOr('.'),
    description: 'Directory of the Cargo workspace; cargo runs there and relative paths resolve against it.'
  },
  {
    name: 'config-file',
    default: '.github/copybook-bench.toml',
    parse: text,
    description:
      'TOML file with these settings under the same keys, but those that are workflow only; read when present. Inputs override it.'
  },
  {
    name: 'package',
    default: 'copybook-bench',
    parse: cargoPackage,
    description:
      'Cargo package whose benches run (`cargo bench -p <package>`): a name, or a package spec such as `name@1.2.3` or `path+file:///…#1.2.3` when the name is ambiguous.'
  },
  {
    name: 'benches',
    default: '',
    parse: list,
    description:
      "Bench targets to run (`--bench <name>` each), comma or newline separated. Empty: the package's bench targets with `harness = false` whose `required-features` are enabled; the log names those left out and why."
  },
  {
    name: 'cargo-args',
    default: '',
    parse: args,
    description: 'Extra arguments for cargo, before `--` (quotes group words; never run through a shell).'
  },
  {
    name: 'bench-args',
    default: '--noplot',
    parse: args,
    actionDefault: '--noplot',
    explicitEmpty: true,
    description:
      "Arguments for the bench harness, after `--`; `''` passes none. The default skips plotting, which CI never looks at and which triples the run time of criterion 0.3."
  },
  {
    name: 'bench-env',
    default: '',
    parse: environment,
    description:
      "Environment variables for the bench, one `KEY=VALUE` a line (e.g. `PERF=1`). Reports record the names only. The job's credentials (`GITHUB_TOKEN`, `ACTIONS_RUNTIME_TOKEN`, `ACTIONS_ID_TOKEN_REQUEST_*`, `INPUT_*`) are refused: no child process gets them."
  },
  {
    name: 'save-baseline',
    default: '',
    parse: optionalText,
    description: "Passes criterion's `--save-baseline <name>` when set."
  },
  {
    name: 'run',
    default: 'true',
    ...flag(),
    description: 'Run `cargo bench`; `false` analyzes results already on disk (or `bench-output`).'
  },
  {
    name: 'timeout-minutes',
    default: '60',
    parse: number(Number.MIN_VALUE, 'a number of minutes above 0, e.g. "60"'),
    description: 'Kills the whole bench process tree after this many minutes (fractions allowed).'
  },
  {
    name: 'source',
    default: 'auto',
    ...choice(['auto', 'disk', 'stdout', 'bencher']),
    description:
      "Where results come from: criterion's files (`disk`), its printed text (`stdout`), `--output-format bencher` lines (`bencher`); `auto` prefers disk and falls back to the text."
  },
  {
    name: 'criterion-dir',
    default: '',
    parse: optionalText,
    description:
      "criterion's results folder; empty resolves it as criterion does ($CRITERION_HOME, $CARGO_TARGET_DIR/criterion, target/criterion)."
  },
  {
    name: 'bench-output',
    default: '',
    parse: optionalText,
    description: 'A file holding captured `cargo bench` output, read instead of the live output.'
  },
  {
    name: 'display-benchmarks',
    default: 'decode_display_heavy/**',
    parse: selector,
    description:
      'Globs over criterion ids (comma or newline separated) whose throughput makes the DISPLAY metric.'
  },
  {
    name: 'comp3-benchmarks',
    default: 'decode_comp3_heavy/**',
    parse: selector,
    description: 'Globs over criterion ids whose throughput makes the COMP-3 metric.'
  },
  {
    name: 'aggregate',
    default: 'max',
    ...choice(['max', 'min', 'median', 'mean']),
    description: 'How a metric combines the throughput of the benchmarks it matches.'
  },
  {
    name: 'display-floor',
    default: '80 MB/s',
    parse: rate,
    description:
      'DISPLAY throughput floor (SLO), a rate with a unit: `80 MB/s`, `560 MiB/s`, `4.1 GiB/s`, `1.5e8 B/s`.'
  },
  {
    name: 'comp3-floor',
    default: '40 MB/s',
    parse: rate,
    description: 'COMP-3 throughput floor (SLO), a rate with a unit.'
  },
  {
    name: 'warning-factor',
    default: '1.25',
    parse: number(1, 'a number from 1 to 1000, e.g. "1.25"', 1000),
    description: 'Warn when a metric is below floor × this factor (a number from 1 to 1000).'
  },
  {
    name: 'variance-tolerance',
    default: '5%',
    parse: percentage('5%'),
    description: "Warn when a metric benchmark's coefficient of variation (std_dev / typical) exceeds it."
  },
  {
    name: 'memory-ceiling',
    default: '256 MiB',
    parse: size,
    description: 'Warn when the peak RSS of the bench processes exceeds this size (`256 MiB`, `1 GB`).'
  },
  {
    name: 'fail-on',
    default: 'floor,regression',
    ...failOn,
    description:
      'Which findings fail the step, comma separated: `floor` (floor breaches and other errors), `regression` (regressions against the baseline; without it they are warnings), `warning` (every error and warning, except a baseline measured on another machine), `none`. A bench that cannot run fails the step unless `none`.'
  },
  {
    name: 'report-dir',
    default: 'copybook-bench-report',
    parse: textOr('copybook-bench-report'),
    description:
      'Where perf.json, summary.md, comment.md, the HTML reports and audit.json are written, relative to `working-directory`.'
  },
  {
    name: 'audit-config',
    default: '',
    parse: optionalText,
    workflowOnly: true,
    description:
      'A YAML file (relative to `working-directory`) choosing extra fields for audit.json, e.g. `environment-variables: [RUSTFLAGS]` (whose values show as `audit-variables` allows), and labels such as `compliance-framework` (see docs/reports.md).'
  },
  {
    name: 'audit-variables',
    default: '',
    parse: variableNames,
    workflowOnly: true,
    description:
      "Environment variables whose values the audit record may hold, comma or newline separated (e.g. `RUSTFLAGS, CARGO_INCREMENTAL`). An `audit-config` `environment-variables` entry shows its value when named here or when it is the runner's (`CI`, `GITHUB_*`, `RUNNER_*`, but none that looks like a credential), else `(withheld)`. Names that look like credentials are refused."
  },
  {
    name: 'job-summary',
    default: 'true',
    ...flag(),
    description: 'Write the summary to the job summary page.'
  },
  {
    name: 'upload-report',
    default: 'true',
    ...flag(),
    description:
      'Upload `report-dir` as the artifact `<name>-report-<testbed>-<os>` (the OS as RUNNER_OS spells it, e.g. `copybook-bench-report-default-Linux`). A step of your own that uploads the same folder needs another name, or set this to `false`.'
  },
  {
    name: 'project',
    default: '',
    parse: projectName,
    description:
      "Project name in the PR comment's headline; empty: the repository's name (from GITHUB_REPOSITORY), else the working directory's."
  },
  {
    name: 'name',
    default: 'copybook-bench',
    parse: instanceName,
    workflowOnly: true,
    description:
      'Name of this instance (letters, digits, `.`, `_`, `-`). Each name keeps its own PR comment, marked `<!-- copybook-bench-action:<name> -->`, so two instances in one workflow do not overwrite each other.'
  },
  {
    name: 'comment',
    default: 'auto',
    ...choice(['auto', 'always', 'never', 'on-failure']),
    description:
      'When to write the PR comment: `auto` on `pull_request` and `pull_request_target` events; `always` on any event that names a pull request; `never`; `on-failure` creates it only when the status is not pass, but always updates an existing one.'
  },
  {
    name: 'comment-template',
    default: '',
    parse: optionalText,
    description:
      "A markdown file (relative to `working-directory`) that replaces the PR comment's layout, with placeholders such as `{{status}}` and `{{table}}` (see docs/reports.md)."
  },
  {
    name: 'github-token',
    default: '',
    parse: optionalText,
    secret: true,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template.
    actionDefault: '${{ github.token }}',
    description:
      "Token for the PR comment (needs `pull-requests: write`). The action defaults to the job's token, the CLI reads GITHUB_TOKEN. Never printed."
  },
  {
    name: 'baseline',
    default: 'auto',
    ...choice(['auto', 'compare', 'promote', 'off']),
    workflowOnly: true,
    description:
      '`auto`: compare on pull request events, promote on a push to `baseline-branch`; `compare`; `promote`; `off`. A pull request event never promotes, whatever this says. In the CLI, `--baseline-file FILE` compares with that baseline.json.'
  },
  {
    name: 'baseline-branch',
    default: '',
    parse: optionalText,
    workflowOnly: true,
    description:
      "Branch whose pushes promote the baseline; empty: the repository's default branch (from the event)."
  },
  {
    name: 'testbed',
    default: 'default',
    parse: textOr('default'),
    description:
      'A label for the machine the benches run on (e.g. `ubuntu-latest`); a baseline is only compared with runs of the same testbed, OS and `name`.'
  },
  {
    name: 'history-size',
    default: '30',
    parse: wholeNumber('30'),
    description:
      'How many promotions the baseline keeps for trends and per-benchmark noise (a whole number >= 1).'
  },
  {
    name: 'history',
    default: 'baseline',
    ...choice(['baseline', 'branch']),
    description:
      "`baseline`: the trend is the baseline's last `history-size` promotions (actions cache and artifact). `branch`: each promotion is also added to a data branch (`history-branch`) as a file of its own, with a dashboard (`index.html`) for GitHub Pages or a local clone; pull requests are then compared with their own base commit when it has a result there. Needs `contents: write` on the promoting job (docs/history.md)."
  },
  {
    name: 'history-branch',
    default: 'copybook-bench-data',
    parse: historyBranch,
    workflowOnly: true,
    description: '`history: branch`: the data branch, created (orphan) on first use.'
  },
  {
    name: 'history-max',
    default: '0',
    parse: count('500'),
    description:
      '`history: branch`: how many results to keep per testbed and OS, the newest (0: all). Pruning is a commit of its own.'
  },
  {
    name: 'history-repository',
    default: '',
    parse: gitRemote,
    workflowOnly: true,
    description:
      "`history: branch`: the repository holding the data branch: `owner/repo`, an https:// URL or a path. Empty: the checkout's `origin` (as actions/checkout leaves it). The token goes to git in a header, never in a URL."
  },
  {
    name: 'history-url',
    default: '',
    parse: httpsUrl,
    description:
      "`history: branch`: the dashboard's address, for the link in the PR comment and the job summary. Empty: `https://<owner>.github.io/<repo>/` on github.com (enable GitHub Pages for the data branch), else the data branch's page."
  },
  {
    name: 'retention-days',
    default: '90',
    parse: wholeNumber('90'),
    description:
      'Days the baseline artifact is kept (caches are evicted after 7 days unused, so the artifact is the fallback).'
  },
  {
    name: 'regression-threshold',
    default: '5%',
    parse: percentage('5%'),
    description:
      'How big a change matters: a benchmark regresses when it is this much worse than the baseline …'
  },
  {
    name: 'noise-threshold',
    default: '2%',
    parse: percentage('2%'),
    description:
      "… and its whole 95% interval lies beyond this much (a shared runner's run-to-run noise). With 5 or more history values a benchmark uses the larger of this and twice its own coefficient of variation."
  },
  {
    name: 'comparison',
    default: 'baseline',
    ...choice(['baseline', 'paired', 'confirm']),
    description:
      "`baseline`: compare with the stored baseline. `paired`: build `paired-ref` in a git worktree and measure it on this runner, interleaved with this revision, `rounds` times, so what a busy runner does it does to both; a verdict needs the rounds' ratios to agree. `confirm`: compare with the stored baseline, then measure again, paired, only the benchmarks it flagged; the paired verdict stands."
  },
  {
    name: 'paired-ref',
    default: '',
    parse: gitRevision,
    description:
      'The revision to pair with (`comparison: paired` or `confirm`). Empty: on a pull request its base commit; elsewhere required. A shallow checkout fetches it; if it cannot be had, the run says so and compares with the stored baseline (use `fetch-depth: 0`).'
  },
  {
    name: 'rounds',
    default: '9',
    parse: wholeNumber('9'),
    description:
      'Interleaved rounds of a paired comparison: each runs base and head side by side (two cores or more) or back to back, alternating which goes first (3 at least for a verdict); a benchmark the remaining rounds can no longer make regressed or improved is measured no further, so unchanged code usually takes 3.'
  },
  {
    name: 'paired-measurement-time',
    default: '1',
    parse: number(0.05, 'seconds from 0.05 to 600, e.g. "1"', 600),
    description:
      "criterion's `--measurement-time` in seconds for each benchmark, side and round of a paired comparison (its warm-up is half of it; criterion before 0.4 takes whole seconds, so both round up to 1)."
  },
  {
    name: 'shard',
    default: '',
    parse: shardSpec,
    description:
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template.
      '`i/n` (e.g. `${{ matrix.shard }}/4`): this job runs shard i of n. The benchmarks criterion lists (`--list`) are split the same way in every job: by the times the stored baseline recorded (longest first, to the least loaded shard), else by a hash of the id. The job prints the plan, writes its partial perf.json, uploads it as `<name>-shard-<i>-of-<n>-<testbed>-<os>`, and posts no comment and promotes nothing: a job with `mode: merge` does. Empty: the job runs everything.'
  },
  {
    name: 'mode',
    default: 'run',
    ...choice(['run', 'merge', 'publish']),
    workflowOnly: true,
    description:
      "`run`: benchmark (or read results) and report. `merge`: run nothing; join the shards of this workflow run (`shard: i/n` jobs, found as artifacts, or in `shard-reports`) into one report, after checking that every shard 1..n is there once, of one commit, plan and configuration; then compare, comment and promote once, as a single job would, with one section per testbed. `publish`: run nothing; download the report artifacts of another workflow run (`report-run-id`), check them as hostile input and publish them: the sticky comment (on the pull request GitHub names, or the one the report recorded once the API confirms its head), the job summary, annotations, outputs and `commit-status`. For a `workflow_run` workflow, where a fork's pull request can be commented on without running its code next to a write token (SECURITY.md)."
  },
  {
    name: 'report-run-id',
    default: '',
    parse: runId,
    workflowOnly: true,
    description:
      "`mode: publish`: the workflow run whose report artifacts to publish. Default: the `workflow_run` event's run, else this run (a later job of the same run). Needs `actions: read`."
  },
  {
    name: 'commit-status',
    workflowOnly: true,
    default: 'false',
    ...flag(),
    description:
      "Also set a commit status (`copybook-bench` or `copybook-bench (<name>)`) on the measured commit: pass or fail with the headline, so the verdict shows in a fork's pull request checks. Needs `statuses: write`."
  },
  {
    name: 'shard-reports',
    default: '',
    parse: optionalText,
    description:
      "`mode: merge`: a folder holding the shards' perf.json files, each in a folder of its own (as `actions/download-artifact` writes them), relative to `working-directory`. Empty: on a runner, this workflow run's shard artifacts are downloaded."
  }
] as const satisfies readonly OptionSpec[];

type Option = (typeof OPTIONS)[number];

export type OptionName = Option['name'];

/** `history-size` → `historySize`: an option's key in Config. */
export type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

export function optionKey<S extends string>(name: S): CamelCase<S> {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()) as CamelCase<S>;
}

/** Every option's typed value, under its camelCase key: what its parser returns. */
export type OptionValues = { [O in Option as CamelCase<O['name']>]: ReturnType<O['parse']> };

/** Options that are credentials (see OptionSpec.secret). */
export type SecretOptionName = Extract<(typeof OPTIONS)[number], { secret: true }>['name'];

/** Options that are plain settings: every option but the credentials. */
export type SettingName = Exclude<OptionName, SecretOptionName>;

export const SECRET_OPTION_NAMES: ReadonlySet<string> = new Set(
  OPTIONS.filter((o) => 'secret' in o && o.secret).map((o) => o.name)
);

export const OPTION_NAMES: ReadonlySet<string> = new Set(OPTIONS.map((o) => o.name));

/** Whether an option comes from the workflow alone (see OptionSpec.workflowOnly). */
export function isWorkflowOnly(spec: OptionSpec): boolean {
  return spec.workflowOnly === true || spec.secret === true;
}

/** Options the config file may not set: the workflow-only ones, credentials included. */
export const WORKFLOW_ONLY_OPTION_NAMES: ReadonlySet<string> = new Set(
  (OPTIONS as readonly OptionSpec[]).filter(isWorkflowOnly).map((o) => o.name)
);

/** An option's description as action.yml, the README and the CLI's help show it. */
export function optionDescription(spec: OptionSpec): string {
  return isWorkflowOnly(spec)
    ? `${spec.description} Workflow only: the config file may not set it.`
    : spec.description;
}

export function optionSpec(name: OptionName): OptionSpec {
  const spec = OPTIONS.find((o) => o.name === name);
  if (!spec) throw new Error(`unknown option ${name}`);
  return spec;
}
