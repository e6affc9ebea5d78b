package org.nianbao.uno.boot;

import org.nianbao.uno.Log;
import org.nianbao.uno.ui.sidebar.PanelFactory;
import com.sun.star.lang.XSingleComponentFactory;
import com.sun.star.lib.uno.helper.Factory;
import com.sun.star.registry.XRegistryKey;

/**
 * The jar's RegistrationClassName (MANIFEST.MF): LibreOffice's Java loader asks it for the factory of each
 * implementation listed in nianbao.components. Add new components here and there.
 */
public final class Registration {
    private Registration() {
    }

    public static XSingleComponentFactory __getComponentFactory(String implementation) {
        try {
            if (ProtocolHandler.IMPLEMENTATION.equals(implementation)) {
                return Factory.createComponentFactory(ProtocolHandler.class, ProtocolHandler.SERVICES);
            }
            if (StartupJob.IMPLEMENTATION.equals(implementation)) {
                return Factory.createComponentFactory(StartupJob.class, StartupJob.SERVICES);
            }
            if (PanelFactory.IMPLEMENTATION.equals(implementation)) {
                return Factory.createComponentFactory(PanelFactory.class, PanelFactory.SERVICES);
            }
        } catch (Throwable t) {
            Log.error("creating the factory of " + implementation, t);
        }
        return null;
    }

    public static boolean __writeRegistryServiceInfo(XRegistryKey key) {
        try {
            return Factory.writeRegistryServiceInfo(ProtocolHandler.IMPLEMENTATION, ProtocolHandler.SERVICES, key)
                    && Factory.writeRegistryServiceInfo(StartupJob.IMPLEMENTATION, StartupJob.SERVICES, key)
                    && Factory.writeRegistryServiceInfo(PanelFactory.IMPLEMENTATION, PanelFactory.SERVICES, key);
        } catch (Throwable t) {
            Log.error("writing the registry service info", t);
            return false;
        }
    }
}
