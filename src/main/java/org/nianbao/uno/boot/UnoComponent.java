package org.nianbao.uno.boot;

import com.sun.star.lang.XServiceInfo;
import com.sun.star.lib.uno.helper.WeakBase;

/** Base of our UNO components: the implementation name and services they register under (XServiceInfo). */
public abstract class UnoComponent extends WeakBase implements XServiceInfo {
    private final String implementation;
    private final String[] services;

    protected UnoComponent(String implementation, String[] services) {
        this.implementation = implementation;
        this.services = services.clone();
    }

    @Override
    public String getImplementationName() {
        return implementation;
    }

    @Override
    public boolean supportsService(String service) {
        for (String s : services) if (s.equals(service)) return true;
        return false;
    }

    @Override
    public String[] getSupportedServiceNames() {
        return services.clone();
    }
}
