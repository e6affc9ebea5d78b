package org.nianbao.uno.boot;

import org.nianbao.uno.Log;
import org.nianbao.uno.Uno;
import com.sun.star.beans.NamedValue;
import com.sun.star.frame.XModel;
import com.sun.star.task.XJob;
import com.sun.star.uno.Any;
import com.sun.star.uno.XComponentContext;

/**
 * The job of Jobs.xcu, run on OnStartApp (and on OnNew/OnLoad, so that an extension installed while the
 * office runs is active at once): registers the global save listener, once; the document whose event ran
 * the job that registered it is handed on as opened. It also starts, once, the {@link org.nianbao.uno.insert.Preload}
 * of what the first insert needs (off the UI thread).
 */
public final class StartupJob extends UnoComponent implements XJob {
    public static final String IMPLEMENTATION = StartupJob.class.getName();
    public static final String[] SERVICES = {"com.sun.star.task.Job"};

    private final XComponentContext ctx;

    public StartupJob(XComponentContext ctx) {
        super(IMPLEMENTATION, SERVICES);
        this.ctx = ctx;
    }

    @Override
    public Object execute(NamedValue[] args) {
        Log.guard("starting the preload", () -> org.nianbao.uno.insert.Preload.start(ctx));
        Log.guard("startup job", () -> {
            if (SaveListener.ensureRegistered(ctx)) {
                XModel model = modelOf(args);
                if (model != null) SaveListener.openedBeforeRegistration(ctx, model);
            }
        });
        return Any.VOID;
    }

    /** The document of a job run for a document event (Environment › Model), or null. */
    private static XModel modelOf(NamedValue[] args) {
        if (args == null) return null;
        for (NamedValue a : args) {
            Object v = a.Value instanceof com.sun.star.uno.Any ? ((com.sun.star.uno.Any) a.Value).getObject() : a.Value;
            if (!"Environment".equals(a.Name) || !(v instanceof NamedValue[])) continue;
            for (NamedValue e : (NamedValue[]) v) {
                if ("Model".equals(e.Name)) return Uno.q(XModel.class, e.Value);
            }
        }
        return null;
    }

}
