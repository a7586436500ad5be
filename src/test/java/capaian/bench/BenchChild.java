package capaian.bench;

import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.report.ReportDetail;
import capaian.rules.ProfileLoader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.InputStream;
import java.io.OutputStream;
import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One measured operation in its own JVM, so that every run has a fresh heap of its own size: prints
 * {@code BENCH ok|oom|failed innerMillis peakHeapBytes liveHeapBytes} as its last line. Peak heap is the sum of the heap
 * pools' peaks (MemoryPoolMXBean), an over-estimate of the true peak (each pool peaks at its own moment: it can
 * exceed -Xmx); live heap is the largest heap in use right after a garbage collection.
 */
public final class BenchChild {
    private BenchChild() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        if (mode.equals("serve")) {
            serve(args);
            return;
        }
        watchGc();
        Path file = Path.of(args[1]);
        Path out = Files.createTempFile("bench-", ".xlsx");
        long start = System.nanoTime();
        String status = "ok";
        try {
            switch (mode) {
                case "floor" -> {
                    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in);
                         OutputStream o = Files.newOutputStream(out)) {
                        wb.write(o);
                    }
                }
                case "check", "process" -> {
                    Processor p = new Processor(ProfileLoader.defaultProfile());
                    ProcessResult r;
                    try (InputStream in = Files.newInputStream(file)) {
                        // process as the command line runs it: the result streamed to the output file
                        // and with the summary report it prints when no JSON report is asked for
                        r = mode.equals("check") ? p.check(in, file.getFileName().toString(), null, null, ReportDetail.SUMMARY)
                                : p.process(in, file.getFileName().toString(), null, null, out, ReportDetail.SUMMARY);
                    }
                    if (!r.readable() || (mode.equals("process") && (!Files.exists(out) || Files.size(out) == 0))) status = "failed";
                }
                case "consolidate" -> Consolidation.run(file, out);
                case "evaluasi-rkpd" -> RkpdBench.run(file, out);
                case "limit" -> {
                    if (Limit.run(file, out) <= 0) status = "failed";
                }
                default -> throw new IllegalArgumentException(mode);
            }
        } catch (OutOfMemoryError e) {
            status = "oom";
        } finally {
            Files.deleteIfExists(out);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("BENCH " + status + " " + ms + " " + peakHeap() + " " + LIVE.get());
        System.exit(0);
    }

    /**
     * The server, reporting its peak heap into a file when it is stopped (SIGTERM), and every half second the
     * milliseconds its JIT compilers have worked so far into that file's sibling ".jit", so that the bench can
     * tell when the server is warm.
     */
    private static void serve(String[] args) {
        Path report = Path.of(args[1]);
        Path jit = Path.of(args[1] + ".jit");
        Thread jitWatch = new Thread(() -> {
            var compiler = ManagementFactory.getCompilationMXBean();
            try {
                while (true) {
                    Path tmp = Path.of(jit + ".tmp");
                    Files.writeString(tmp, Long.toString(compiler.getTotalCompilationTime()));
                    Files.move(tmp, jit, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    Thread.sleep(500);
                }
            } catch (java.io.IOException | InterruptedException e) {
                // no more figures then
            }
        }, "bench-jit-watch");
        jitWatch.setDaemon(true);
        jitWatch.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(report, Long.toString(peakHeap()));
            } catch (java.io.IOException ignored) {
                // no figure then
            }
        }));
        String[] rest = new String[args.length - 1];
        rest[0] = "serve";
        System.arraycopy(args, 2, rest, 1, args.length - 2);
        capaian.cli.Main.main(rest);
    }

    /** The largest heap in use right after a collection: what the run really kept alive at its fullest. */
    private static final AtomicLong LIVE = new AtomicLong();

    private static void watchGc() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((n, h) -> {
                if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                long used = 0;
                for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                    MemoryUsage u = p.getType() == MemoryType.HEAP ? info.getMemoryUsageAfterGc().get(p.getName()) : null;
                    if (u != null) used += u.getUsed();
                }
                LIVE.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }
}
