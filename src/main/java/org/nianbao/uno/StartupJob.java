package org.nianbao.uno;

import com.sun.star.beans.NamedValue;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.task.XJob;
import com.sun.star.uno.Any;
import com.sun.star.uno.XComponentContext;

/**
 * The job of Jobs.xcu, run on OnStartApp (and on OnNew/OnLoad, so that an extension installed while the
 * office runs is active at once): registers the global save listener, once.
 */
public final class StartupJob extends WeakBase implements XJob, XServiceInfo {
    public static final String IMPLEMENTATION = StartupJob.class.getName();
    public static final String[] SERVICES = {"com.sun.star.task.Job"};

    private final XComponentContext ctx;

    public StartupJob(XComponentContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Object execute(NamedValue[] args) {
        Log.guard("startup job", () -> SaveListener.ensureRegistered(ctx));
        return Any.VOID;
    }

    @Override
    public String getImplementationName() {
        return IMPLEMENTATION;
    }

    @Override
    public boolean supportsService(String service) {
        for (String s : SERVICES) if (s.equals(service)) return true;
        return false;
    }

    @Override
    public String[] getSupportedServiceNames() {
        return SERVICES.clone();
    }
}
