import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads do's into a running ALS Hub and measures search latency (run by bench/search-latency.sh).
 *
 *   java bench/SearchBench.java load   BASE EMAIL PASSWORD COUNT THREADS
 *   java bench/SearchBench.java search BASE QUERIES THREADS
 *
 * Texts are drawn from a fixed-seed vocabulary with a Zipf-like spread, so some words occur in
 * thousands of do's (the expensive case for an inverted index) and most in a handful.
 */
public class SearchBench {

    static final String[] CORE = ("residents officers councillors coproduction codesign budget ward estate meeting "
            + "workshop volunteers survey tenants community consultation commissioning agenda newsletter youth "
            + "library garden food housing transport health care schools parents carers elders network toolkit "
            + "linkedin lino feedback trust listen invite share plan review understand deliver evaluate café zoë "
            + "participatory budgeting microgreens polytunnel brixton stockwell tulse vauxhall kennington clapham "
            + "streatham norwood waterloo oval herne").split(" ");
    static final String[] SYLLABLES = "ka lo mi ne ru sa ti vo be da fe gu ho ji ku la ma no pi re".split(" ");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "search" -> search(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException("load or search");
        }
    }

    /** About 2,000 words: the set's own vocabulary first (the common ones), then made-up words. */
    static List<String> vocabulary() {
        List<String> words = new ArrayList<>(Arrays.asList(CORE));
        Random random = new Random(7);
        while (words.size() < 2000) {
            int length = 2 + random.nextInt(3);
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < length; i++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(word.toString());
        }
        return words;
    }

    /** Rank r is drawn with probability proportional to 1/r. */
    static String word(List<String> words, Random random) {
        double harmonic = Math.log(words.size()) + 0.5772;
        double target = random.nextDouble() * harmonic;
        double sum = 0;
        for (int r = 1; r <= words.size(); r++) {
            sum += 1.0 / r;
            if (sum >= target) {
                return words.get(r - 1);
            }
        }
        return words.get(words.size() - 1);
    }

    static String words(List<String> vocabulary, Random random, int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i == 0 ? "" : " ").append(word(vocabulary, random));
        }
        return text.toString();
    }

    static void load(String base, String email, String password, int count, int threads) throws Exception {
        List<String> vocabulary = vocabulary();
        String auth = "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            jobs.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Random random = new Random(i);
                    String title = words(vocabulary, random, 3 + random.nextInt(5));
                    String how = words(vocabulary, random, 25 + random.nextInt(40));
                    String json = "{\"title\":\"" + title + "\",\"how\":\"" + how + "\",\"tags\":[\""
                            + word(vocabulary, random) + "\",\"" + word(vocabulary, random) + "\"]}";
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/practices"))
                            .header("Authorization", auth).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
                    try {
                        HttpResponse<String> answer;
                        try {
                            answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        } catch (java.io.IOException closed) {
                            // the server closed a kept-alive connection as the request went out
                            // (about 3 in 10,000 here): send it once more on a fresh one
                            answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        }
                        if (answer.statusCode() != 201) {
                            failed.incrementAndGet();
                            // say why: a refusal is worth reading, not only counting
                            System.err.println("do " + i + ": " + answer.statusCode() + " " + answer.body());
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        System.err.println("do " + i + ": " + e);
                    }
                }
                return null;
            }));
        }
        for (Future<?> job : jobs) {
            job.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("loaded %d do's in %.1f s (%.0f/s) with %d threads, %d failed%n",
                count, seconds, count / seconds, threads, failed.get());
    }

    static void search(String base, int queries, int threads) throws Exception {
        List<String> vocabulary = vocabulary();
        for (int i = 0; i < 200; i++) {
            timed(base, query(vocabulary, new Random(-1 - i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < queries; i++) {
            Random random = new Random(1_000_000 + i);
            results.add(pool.submit(() -> timed(base, query(vocabulary, random))));
        }
        long[] nanos = new long[queries];
        long hits = 0;
        for (int i = 0; i < queries; i++) {
            long[] result = results.get(i).get();
            nanos[i] = result[0];
            hits += result[1];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(nanos);
        System.out.printf("%d searches, %d threads: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f searches/s, "
                        + "mean total hits %.0f%n", queries, threads, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99),
                nanos[queries - 1] / 1e6, queries / seconds, (double) hits / queries);
    }

    /** One to three words, as people type them. */
    static String query(List<String> vocabulary, Random random) {
        return words(vocabulary, random, 1 + random.nextInt(3));
    }

    static long[] timed(String base, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/practices?size=20&q="
                + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))).GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(query + ": " + response.statusCode() + " " + response.body());
        }
        String body = response.body();
        int at = body.lastIndexOf("\"total\":");
        long total = at < 0 ? 0 : Long.parseLong(body.substring(at + 8).replaceAll("[^0-9].*", ""));
        return new long[]{took, total};
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
