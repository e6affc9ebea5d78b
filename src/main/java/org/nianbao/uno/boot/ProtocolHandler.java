package org.nianbao.uno.boot;

import org.nianbao.uno.Outcome;
import org.nianbao.uno.Log;
import org.nianbao.uno.Uno;
import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.DispatchDescriptor;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.FeatureStateEvent;
import com.sun.star.frame.XDispatch;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XDispatchResultListener;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XNotifyingDispatch;
import com.sun.star.frame.XStatusListener;
import com.sun.star.lang.XInitialization;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.URL;

/**
 * The handler of our protocol {@code nianbao:} (ProtocolHandler.xcu): LibreOffice creates one per frame
 * and asks it for a dispatch of each URL; it dispatches our commands itself. {@code dispatchWithNotification}
 * reports the outcome (state SUCCESS or FAILURE, the message as result), so that macros and tests calling
 * through the DispatchHelper see what happened.
 */
public final class ProtocolHandler extends UnoComponent
        implements XDispatchProvider, XNotifyingDispatch, XInitialization {
    public static final String IMPLEMENTATION = ProtocolHandler.class.getName();
    public static final String[] SERVICES = {"com.sun.star.frame.ProtocolHandler"};

    private final XComponentContext ctx;
    private XFrame frame;

    public ProtocolHandler(XComponentContext ctx) {
        super(IMPLEMENTATION, SERVICES);
        this.ctx = ctx;
        Log.guard("registering the save listener", () -> SaveListener.ensureRegistered(ctx));
    }

    @Override
    public void initialize(Object[] args) {
        Log.guard("ProtocolHandler.initialize", () -> {
            if (args != null && args.length > 0) frame = Uno.q(XFrame.class, args[0]);
        });
    }

    // ------------------------------------------------------------------ XDispatchProvider

    @Override
    public XDispatch queryDispatch(URL url, String target, int flags) {
        try {
            return url != null && CommandUrl.parse(url.Complete) != null ? this : null;
        } catch (Throwable t) {
            Log.error("queryDispatch", t);
            return null;
        }
    }

    @Override
    public XDispatch[] queryDispatches(DispatchDescriptor[] requests) {
        XDispatch[] out = new XDispatch[requests == null ? 0 : requests.length];
        for (int i = 0; i < out.length; i++) {
            DispatchDescriptor d = requests[i];
            out[i] = d == null ? null : queryDispatch(d.FeatureURL, d.FrameName, d.SearchFlags);
        }
        return out;
    }

    // ------------------------------------------------------------------ XDispatch

    @Override
    public void dispatch(URL url, PropertyValue[] args) {
        dispatchWithNotification(url, args, null);
    }

    @Override
    public void dispatchWithNotification(URL url, PropertyValue[] args, XDispatchResultListener listener) {
        Outcome outcome = null;
        try {
            CommandUrl command = url == null ? null : CommandUrl.parse(url.Complete);
            if (command != null) outcome = new Commands(ctx, frame).run(command);
        } catch (Throwable t) {
            Log.error("dispatch " + (url == null ? "" : url.Complete), t);
        } finally {
            if (listener != null) {
                Outcome o = outcome;
                Log.guard("dispatchFinished", () -> {
                    DispatchResultEvent ev = new DispatchResultEvent();
                    ev.Source = this;
                    ev.State = o != null && o.success ? DispatchResultState.SUCCESS : DispatchResultState.FAILURE;
                    ev.Result = o == null ? "" : o.message;
                    listener.dispatchFinished(ev);
                });
            }
        }
    }

    @Override
    public void addStatusListener(XStatusListener listener, URL url) {
        Log.guard("addStatusListener", () -> {
            if (listener == null || url == null || CommandUrl.parse(url.Complete) == null) return;
            FeatureStateEvent state = new FeatureStateEvent();
            state.Source = this;
            state.FeatureURL = url;
            state.IsEnabled = true;
            state.Requery = false;
            listener.statusChanged(state);
        });
    }

    @Override
    public void removeStatusListener(XStatusListener listener, URL url) {
        // no status kept
    }

}
