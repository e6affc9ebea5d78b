package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code java [jvm options] -jar target/nianbao-cli.jar ARGS} as a separate process with a bounded
 * wait; stdout and stderr go to files (no pipe can fill up and block the child).
 */
final class CliProcess {
    static final Path JAR = Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("nianbao-cli.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** The outcome of one run. */
    static final class Result {
        final int exit;
        final String out;
        final String err;
        final long millis;

        Result(int exit, String out, String err, long millis) {
            this.exit = exit;
            this.out = out;
            this.err = err;
            this.millis = millis;
        }

        List<String> outLines() {
            return lines(out);
        }

        List<String> errLines() {
            return lines(err);
        }

        private static List<String> lines(String s) {
            List<String> l = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
            if (l.get(l.size() - 1).isEmpty()) l.remove(l.size() - 1); // after the last line break
            return l;
        }

        @Override
        public String toString() {
            return "exit " + exit + " after " + millis + " ms\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private CliProcess() {
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, List.of(), Map.of(), 120, args);
    }

    static Result run(Path workDir, List<String> jvmOptions, Map<String, String> env, int timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), JAR + " missing: run mvn package (failsafe runs after it)");
        List<String> cmd = new ArrayList<>();
        cmd.add(JAVA);
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(JAR.toAbsolutePath().toString());
        cmd.addAll(Arrays.asList(args));
        Path out = Files.createTempFile(workDir, "stdout-", ".txt");
        Path err = Files.createTempFile(workDir, "stderr-", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("nianbao " + String.join(" ", args) + " did not finish within " + timeoutSeconds + " s\n"
                    + Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8));
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), millis);
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
