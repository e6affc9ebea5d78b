package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.beans.XPropertySet;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.uno.UnoRuntime;
import org.junit.jupiter.api.Test;

/**
 * The run is against the office it claims: the version of the office the ITs started (the system's 7.4, or the
 * one named by -Dnianbao.office) starts with -Dnianbao.office.version (the pom: 7.4, profile lo25: 25.2).
 */
class OfficeVersionIT {

    @Test
    void theOfficeIsTheVersionThisRunIsFor() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        String version = setupValue(office, "/org.openoffice.Setup/Product", "ooSetupVersionAboutBox");
        String expected = System.getProperty("nianbao.office.version", "7.4");
        System.out.println("[office] " + office.installation() + ": LibreOffice " + version);
        assertTrue(version.startsWith(expected + "."), "office " + office.installation() + " is " + version + ", expected " + expected);
    }

    static String setupValue(OfficeRunner office, String node, String name) throws Exception {
        XMultiServiceFactory provider = UnoRuntime.queryInterface(XMultiServiceFactory.class,
                office.createInstance("com.sun.star.configuration.ConfigurationProvider"));
        Object access = provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                new Object[] {OfficeRunner.prop("nodepath", node)});
        try {
            return String.valueOf(UnoRuntime.queryInterface(XPropertySet.class, access).getPropertyValue(name));
        } finally {
            UnoRuntime.queryInterface(XComponent.class, access).dispose();
        }
    }
}
