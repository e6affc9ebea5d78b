package org.nianbao.uno;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.uno.Any;
import com.sun.star.uno.AnyConverter;
import com.sun.star.uno.UnoRuntime;

/** Small helpers around the UNO Java API (public for the sidebar package). */
public final class Uno {
    private Uno() {
    }

    public static <T> T q(Class<T> type, Object object) {
        return object == null ? null : UnoRuntime.queryInterface(type, object);
    }

    public static XPropertySet props(Object object) {
        return q(XPropertySet.class, object);
    }

    public static Object get(Object object, String name) throws com.sun.star.uno.Exception {
        return props(object).getPropertyValue(name);
    }

    public static void set(Object object, String name, Object value) throws com.sun.star.uno.Exception {
        props(object).setPropertyValue(name, value);
    }

    public static PropertyValue prop(String name, Object value) {
        PropertyValue p = new PropertyValue();
        p.Name = name;
        p.Value = value;
        return p;
    }

    /** True for a void Any or null (UNO's "no value"). */
    public static boolean isVoid(Object value) {
        return value == null || AnyConverter.isVoid(value) || (value instanceof Any && ((Any) value).getObject() == null);
    }

    /**
     * Lets the Java–UNO bridge release the office objects our code no longer references. The bridge
     * releases a proxy only when the JVM collects it, which in an idle office JVM can take minutes; and
     * while a table's UNO object is alive, LibreOffice 7.4 gives the part split off that table (Table ›
     * Split Table) the same object, so the next save writes the first part twice and loses the split-off
     * rows. Called when an operation that touched tables ends (a full collection of the small office JVM:
     * milliseconds). LibreOffice bug (7.4; table split while its UNO object is alive): no bug id found.
     */
    public static void releaseProxies() {
        try {
            long t0 = System.nanoTime();
            System.gc();
            System.runFinalization();
            Log.info(String.format(java.util.Locale.ROOT, "released UNO proxies in %.1f ms", (System.nanoTime() - t0) / 1e6));
        } catch (Throwable t) {
            Log.error("releasing UNO proxies", t);
        }
    }

    /** One collection at a time, off the caller's thread: see {@link #releaseProxiesAfterSave}. */
    private static final java.util.concurrent.atomic.AtomicBoolean RELEASE_PENDING = new java.util.concurrent.atomic.AtomicBoolean();
    /** Counted down when the save that asked for the pending release has ended ({@link #saveEnded}). */
    private static volatile java.util.concurrent.CountDownLatch saveRunning = new java.util.concurrent.CountDownLatch(0);
    /** How long a release waits for the save's end before it runs anyway (a save that never reports its end). */
    private static final long SAVE_WAIT_MS = 3000;

    /**
     * {@link #releaseProxies} for the save path (issue 8), on a thread of its own, once the save has ended
     * ({@link #saveEnded}, after OnSaveDone or OnSaveFailed was handled; at the latest after 3 s): the collection
     * (15–120 ms measured in the office, 2 cores; it stops every Java thread) then neither delays the save path nor
     * competes with LibreOffice writing the file. A table split must come after the save, and our objects are gone
     * milliseconds after it. A request while one is pending is dropped (that one collects everything unreferenced).
     */
    public static void releaseProxiesAfterSave() {
        if (!RELEASE_PENDING.compareAndSet(false, true)) return;
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        saveRunning = running;
        Thread t = new Thread(() -> {
            try {
                running.await(SAVE_WAIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
                releaseProxies();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                RELEASE_PENDING.set(false);
            }
        }, "nianbao-release");
        t.setDaemon(true);
        t.start();
    }

    /** A save ended (done or failed): a release waiting for it runs now. */
    public static void saveEnded() {
        saveRunning.countDown();
    }

    public static String string(Object value) {
        if (isVoid(value)) return null;
        try {
            return AnyConverter.toString(value);
        } catch (com.sun.star.lang.IllegalArgumentException e) {
            return String.valueOf(value);
        }
    }
}
