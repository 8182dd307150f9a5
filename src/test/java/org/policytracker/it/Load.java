package org.policytracker.it;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** The benchmarks' load: client threads doing one thing as fast as answers come, timed after a warm-up. */
final class Load {

    record Result(String what, int clients, int done, int errors, double perSecond, double p50, double p95, double p99) {
    }

    private Load() {
    }

    /**
     * {@code clients} threads do {@code one} (true: it succeeded) for {@code warmUp} seconds, then for {@code seconds},
     * timing each; a thread that throws stops (counted as an error). {@code atEnd} runs on each thread when it stops.
     */
    static Result run(String what, int clients, int warmUp, int seconds, BooleanSupplier one, Runnable atEnd) throws InterruptedException {
        long warmEnd = System.nanoTime() + warmUp * 1_000_000_000L;
        long end = warmEnd + seconds * 1_000_000_000L;
        List<long[]> perThread = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            long[] times = new long[20_000];
            perThread.add(times);
            Thread t = new Thread(() -> {
                int n = 0;
                try {
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= end) {
                            break;
                        }
                        boolean ok = one.getAsBoolean();
                        long took = System.nanoTime() - start;
                        if (start >= warmEnd) {
                            if (!ok) {
                                errors.incrementAndGet();
                            } else if (n < times.length - 1) {
                                times[++n] = took;
                            }
                        }
                    }
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                } finally {
                    times[0] = n;
                    atEnd.run();
                    done.countDown();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        done.await();
        int total = perThread.stream().mapToInt(t -> (int) t[0]).sum();
        long[] all = new long[total];
        int i = 0;
        for (long[] t : perThread) {
            System.arraycopy(t, 1, all, i, (int) t[0]);
            i += (int) t[0];
        }
        Arrays.sort(all);
        return new Result(what, clients, total, errors.get(), total / (double) seconds, pct(all, 0.50), pct(all, 0.95), pct(all, 0.99));
    }

    /**
     * The server's heap, from its metrics (memory_usedHeap_bytes, memory_maxHeap_bytes), sampled every half second
     * while the benchmark runs: the most used, and the limit.
     */
    static final class Heap implements AutoCloseable {
        private final Thread sampler;
        private volatile boolean stop;
        volatile double maxUsed;
        volatile double limit;

        Heap() {
            sampler = new Thread(() -> {
                while (!stop) {
                    sample();
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
        }

        private void sample() {
            try {
                String body = Http.metrics("?scope=base").body();
                for (String line : body.split("\n")) {
                    if (line.startsWith("memory_usedHeap_bytes")) {
                        maxUsed = Math.max(maxUsed, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
                    } else if (line.startsWith("memory_maxHeap_bytes")) {
                        limit = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    }
                }
            } catch (Exception e) {
                // a missed sample
            }
        }

        @Override
        public String toString() {
            return String.format("server heap under this load: at most %.0f MB used of %.0f MB (sampled every 0.5 s from /metrics)",
                    maxUsed / 1048576, limit / 1048576);
        }

        @Override
        public void close() {
            stop = true;
            sampler.interrupt();
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
