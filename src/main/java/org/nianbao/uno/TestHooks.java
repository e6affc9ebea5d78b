package org.nianbao.uno;

import com.sun.star.frame.XModel;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.model.Json;

/**
 * Test-only commands, off in production: they exist only when the office was started with the environment
 * variable {@value #ENV}=1 (the integration tests' office); otherwise their URLs are refused and every
 * fault point is a no-op.
 *
 * <ul>
 *   <li>{@code nianbao:test-fault?stage=<id>} arms a fault for the frame's document: the next time the save
 *       path (or a command) reaches that {@link SaveStage}, it throws {@link InjectedFault}; once.
 *       {@code stage=none} disarms all.</li>
 *   <li>{@code nianbao:test-state} answers with JSON: documents on the {@link ResultBoard}, its listeners,
 *       document states kept, whether the save listener is registered, and the frame's document's last
 *       notices, save outcome and format warnings, and the findings of its latest result ("rule severity key").</li>
 * </ul>
 */
public final class TestHooks {
    public static final String ENV = "NIANBAO_TEST_HOOKS";

    /** Thrown at an armed fault point. */
    public static final class InjectedFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFault(SaveStage stage) {
            super("fault injected at stage " + stage.id);
        }
    }

    private TestHooks() {
    }

    public static boolean enabled() {
        return "1".equals(System.getenv(ENV));
    }

    /** The fault point of a stage: throws when a test armed it for this document (and disarms it). */
    static void at(XModel document, SaveStage stage) {
        if (document == null || !enabled()) return;
        DocumentStates.State s = DocumentStates.find(document);
        if (s == null) return;
        boolean armed;
        synchronized (DocumentStates.lock()) {
            armed = s.armedFaults.remove(stage);
        }
        if (armed) throw new InjectedFault(stage);
    }

    /** Runs a test command ("fault?stage=…" or "state") on a document; refused when hooks are off. */
    static Outcome run(XModel document, String command) {
        if (!enabled()) return Outcome.refused("test commands are disabled");
        if (document == null) return Outcome.refused("no document");
        if (command.startsWith("fault?stage=")) {
            String id = command.substring("fault?stage=".length());
            DocumentStates.State s = DocumentStates.of(document);
            synchronized (DocumentStates.lock()) {
                if ("none".equals(id)) {
                    s.armedFaults.clear();
                    return Outcome.done("disarmed");
                }
                SaveStage stage = SaveStage.byId(id);
                if (stage == null) return Outcome.refused("no stage " + id);
                s.armedFaults.add(stage);
            }
            return Outcome.done("armed " + id);
        }
        if (command.equals("state")) return Outcome.done(state(document));
        return Outcome.refused("unknown test command " + command);
    }

    private static String state(XModel document) {
        StringBuilder b = new StringBuilder("{");
        b.append("\"boardDocuments\":").append(ResultBoard.get().documentCount());
        b.append(",\"boardListeners\":").append(ResultBoard.get().listenerCount());
        b.append(",\"documentStates\":").append(DocumentStates.count());
        b.append(",\"saveListener\":").append(SaveListener.isRegistered());
        ReportCheck.Result latest = ResultBoard.get().latest(document);
        b.append(",\"onBoard\":").append(latest != null);
        if (latest != null) {
            b.append(",\"findings\":[");
            boolean first = true;
            for (org.nianbao.core.model.Finding f : latest.evaluation.findings()) {
                b.append(first ? "" : ",").append(Json.quote(f.rule + " " + f.severity.id + " " + f.key));
                first = false;
            }
            b.append(']');
        }
        DocumentStates.State s = DocumentStates.find(document);
        if (s != null) {
            List<String> notices;
            synchronized (DocumentStates.lock()) {
                notices = new ArrayList<>(s.notices);
                b.append(",\"saves\":").append(s.saves);
                b.append(",\"formatWarnings\":").append(s.formatWarnings);
                b.append(",\"lastSave\":").append(Json.quote(s.lastSave));
                b.append(",\"changedOutside\":").append(s.changedOutside.size());
            }
            b.append(",\"notices\":[");
            for (int i = 0; i < notices.size(); i++) b.append(i == 0 ? "" : ",").append(Json.quote(notices.get(i)));
            b.append(']');
        }
        return b.append('}').toString();
    }
}
