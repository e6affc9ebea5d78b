package org.nianbao.uno.session;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one seam for fault injection: each stage of the save path passes its {@link #at} point (the
 * recompute stage between two tables' writes, the worst moment). Armed only by tests: a unit test arms
 * it directly, an integration test through {@code nianbao:test-fault?stage=…}, which exists only with
 * {@code NIANBAO_TEST_HOOKS=1}. Unarmed, every point is a no-op.
 */
public final class FaultPoints {
    /** Thrown at an armed fault point. */
    public static final class InjectedFault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFault(SaveStage stage) {
            super("fault injected at stage " + stage.id);
        }
    }

    private final Set<SaveStage> armed = EnumSet.noneOf(SaveStage.class);

    /** The next time {@code stage} is reached, it throws {@link InjectedFault}; once. */
    public synchronized void arm(SaveStage stage) {
        armed.add(stage);
    }

    public synchronized void disarmAll() {
        armed.clear();
    }

    /** Throws when the stage was armed (and disarms it). */
    public void at(SaveStage stage) {
        boolean fire;
        synchronized (this) {
            fire = armed.remove(stage);
        }
        if (fire) throw new InjectedFault(stage);
    }
}
