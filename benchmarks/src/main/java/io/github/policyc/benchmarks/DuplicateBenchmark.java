package io.github.policyc.benchmarks;

import io.github.policyc.check.CheckOptions;
import io.github.policyc.check.CheckReport;
import io.github.policyc.check.Checker;
import io.github.policyc.check.Finding;
import io.github.policyc.check.Rule;
import io.github.policyc.check.Rules;
import io.github.policyc.check.internal.text.NearDuplicates;
import io.github.policyc.check.internal.text.Vocabulary;
import io.github.policyc.check.internal.text.WordBags;
import io.github.policyc.check.internal.text.Words;
import io.github.policyc.load.LoadedPolicy;
import io.github.policyc.model.Controller;
import io.github.policyc.model.Location;
import io.github.policyc.model.Page;
import io.github.policyc.model.PolicyMeta;
import io.github.policyc.model.PolicyModel;
import io.github.policyc.model.Prose;
import io.github.policyc.model.Section;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Runs the duplicate family (PC101 to PC103) on DUP-N for several sizes and prints time, growth per
 * doubling, recall on the planted pairs by number of changed words, and the share of reported groups
 * that are false. The model is built in memory; loading is not timed, checking (parsing the prose
 * included) is.
 */
final class DuplicateBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String PARAGRAPH_FILE = "DUP.md";
    private static final String SECTION_FILE = "DUP.yaml";

    private DuplicateBenchmark() {
    }

    /** The policy of a corpus, and which paragraph stands on each line of its prose. */
    private record Built(LoadedPolicy policy, int[] paragraphAtLine) {
    }

    private record Row(int paragraphs, long words, double medianSeconds, double minSeconds, double maxSeconds,
                       double cpuSeconds, double algorithmSeconds, long candidates, long verifications, double[] recall,
                       int[] plantedByEdits, int groups, int falseGroups, int sectionGroups) {
    }

    static void run(String[] args) {
        int[] sizes = {12_500, 25_000, 50_000};
        int runs = 5;
        int warmups = 3;
        long seed = 42;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--warmups" -> warmups = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Rule> rules = Rules.all().stream().filter(r -> r.info().id().startsWith("PC1")).toList();
        Checker checker = Checker.create().withRules(rules);
        System.out.printf(Locale.ROOT, "Duplicate check (%s) on DUP-N, seed %d: median of %d runs after %d warm-ups,"
                        + " %d cores, Java %s%n", String.join(", ", rules.stream().map(r -> r.info().id()).toList()),
                seed, runs, warmups, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        List<Row> rows = new ArrayList<>();
        for (int n : sizes) {
            DupCorpus corpus = DupCorpus.generate(n, seed);
            Built built = build(corpus);
            if (rows.isEmpty()) {
                background(corpus, seed);
            }
            CheckReport report = null;
            for (int i = 0; i < warmups; i++) {
                report = checker.check(built.policy());
            }
            double[] seconds = new double[runs];
            double[] cpuSeconds = new double[runs];
            for (int i = 0; i < runs; i++) {
                System.gc();
                long cpu = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                report = checker.check(built.policy());
                seconds[i] = (System.nanoTime() - start) / 1e9;
                cpuSeconds[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
            }
            Arrays.sort(seconds);
            Arrays.sort(cpuSeconds);
            rows.add(measure(corpus, built, report, seconds, cpuSeconds[runs / 2], runs));
            print(rows);
        }
    }

    private static Row measure(DupCorpus corpus, Built built, CheckReport report, double[] seconds, double cpuSeconds,
                               int runs) {
        int n = corpus.paragraphs().size();
        List<List<String>> words = corpus.paragraphs().stream().map(Words::of).toList();
        Vocabulary vocabulary = new Vocabulary();
        List<int[]> distinct = new LinkedHashSet<>(words).stream().map(vocabulary::ids).toList();
        NearDuplicates search = new NearDuplicates(CheckOptions.DEFAULT.nearDuplicateThreshold());
        NearDuplicates.Result result = null;
        double[] algorithm = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            result = search.find(distinct, vocabulary);
            algorithm[i] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
        }
        Arrays.sort(algorithm);

        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        int groups = 0;
        int falseGroups = 0;
        int sectionGroups = 0;
        for (Finding finding : report.findings()) {
            if (finding.at().file().equals(SECTION_FILE)) {
                sectionGroups++;
                continue;
            }
            List<Integer> members = new ArrayList<>();
            members.add(built.paragraphAtLine()[finding.at().line()]);
            finding.related().forEach(at -> members.add(built.paragraphAtLine()[at.line()]));
            groups++;
            Set<Integer> families = new HashSet<>();
            for (int member : members) {
                families.add(corpus.family()[member]);
                union(parent, members.get(0), member);
            }
            falseGroups += families.size() > 1 ? 1 : 0;
        }
        double[] recall = new double[4];
        int[] planted = new int[4];
        for (DupCorpus.Planted pair : corpus.planted()) {
            planted[pair.edits()]++;
            if (find(parent, pair.original()) == find(parent, pair.copy())) {
                recall[pair.edits()]++;
            }
        }
        for (int e = 0; e < 4; e++) {
            recall[e] = planted[e] == 0 ? Double.NaN : recall[e] / planted[e];
        }
        long wordCount = words.stream().mapToLong(List::size).sum();
        return new Row(n, wordCount, seconds[seconds.length / 2], seconds[0], seconds[seconds.length - 1], cpuSeconds,
                algorithm[runs / 2],
                result.candidates(), result.verifications(), recall, planted, groups, falseGroups, sectionGroups);
    }

    /** How alike unrelated paragraphs are, so that readers can judge the corpus. */
    private static void background(DupCorpus corpus, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = corpus.paragraphs().size();
        int samples = 20_000;
        Vocabulary vocabulary = new Vocabulary();
        double[] similarity = new double[samples];
        for (int i = 0; i < samples; ) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (corpus.family()[a] != corpus.family()[b]) {
                similarity[i++] = WordBags.similarity(vocabulary.ids(Words.of(corpus.paragraphs().get(a))),
                        vocabulary.ids(Words.of(corpus.paragraphs().get(b))));
            }
        }
        Arrays.sort(similarity);
        System.out.printf(Locale.ROOT, "Unrelated paragraphs (%d random pairs): word similarity mean %.3f,"
                        + " 99th percentile %.3f, max %.3f%n", samples, Arrays.stream(similarity).average().orElse(0),
                similarity[samples * 99 / 100], similarity[samples - 1]);
    }

    private static void print(List<Row> rows) {
        Row last = rows.get(rows.size() - 1);
        Row before = rows.size() > 1 ? rows.get(rows.size() - 2) : null;
        String growth = before == null ? "-" : String.format(Locale.ROOT, "%.2f (CPU time %.2f)",
                last.medianSeconds() / before.medianSeconds(), last.cpuSeconds() / before.cpuSeconds());
        System.out.printf(Locale.ROOT, "%n%,d paragraphs (%,d words): %.3f s median (%.3f to %.3f), CPU time %.3f s;"
                        + " growth %s%n  near-duplicate search alone: %.3f s CPU time, %,d candidate pairs,"
                        + " %,d compared%n",
                last.paragraphs(), last.words(), last.medianSeconds(), last.minSeconds(), last.maxSeconds(),
                last.cpuSeconds(), growth, last.algorithmSeconds(), last.candidates(), last.verifications());
        System.out.printf(Locale.ROOT, "  recall: exact copies %s, 1 word changed %s, 2 words %s, 3 words %s;"
                        + " up to 3 words %s%n", recall(last, 0), recall(last, 1), recall(last, 2), recall(last, 3),
                overall(last));
        System.out.printf(Locale.ROOT, "  groups reported: %,d paragraph groups, %d false (%.2f%%); %d section groups%n",
                last.groups(), last.falseGroups(), 100.0 * last.falseGroups() / Math.max(1, last.groups()),
                last.sectionGroups());
    }

    private static String recall(Row row, int edits) {
        return String.format(Locale.ROOT, "%.4f (%d pairs)", row.recall()[edits], row.plantedByEdits()[edits]);
    }

    private static String overall(Row row) {
        double found = 0;
        int planted = 0;
        for (int e = 1; e <= 3; e++) {
            found += row.recall()[e] * row.plantedByEdits()[e];
            planted += row.plantedByEdits()[e];
        }
        return String.format(Locale.ROOT, "%.4f (%d pairs)", found / planted, planted);
    }

    /** Sections of 5 to 15 paragraphs each, one paragraph per line with blank lines between. */
    private static Built build(DupCorpus corpus) {
        SplittableRandom random = new SplittableRandom(7);
        List<String> paragraphs = corpus.paragraphs();
        int[] paragraphAtLine = new int[2 * paragraphs.size() + 2 * paragraphs.size() / 5 + 10];
        List<Section> sections = new ArrayList<>();
        int line = 1;
        for (int p = 0; p < paragraphs.size(); ) {
            int count = Math.min(5 + random.nextInt(11), paragraphs.size() - p);
            StringBuilder body = new StringBuilder();
            Location at = new Location(PARAGRAPH_FILE, line, 1);
            for (int i = 0; i < count; i++, p++) {
                body.append(paragraphs.get(p)).append("\n\n");
                paragraphAtLine[line] = p;
                line += 2;
            }
            line++;
            int number = sections.size() + 1;
            sections.add(new Section("s" + number, "Section " + number, Page.PRIVACY,
                    new Prose(body.toString(), at, 0), new Location(SECTION_FILE, number, 1)));
        }
        Location top = Location.startOf(SECTION_FILE);
        PolicyModel model = new PolicyModel(
                new PolicyMeta("dup", "DUP-" + paragraphs.size(), "1", LocalDate.of(2024, 3, 1), "en", null, top),
                new Controller("Benchmark Ltd", null, null, null, List.of(), null, null, null, top),
                List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(),
                sections);
        return new Built(new LoadedPolicy(model, Map.of()), paragraphAtLine);
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
