package org.nianbao.uno.insert;

import org.nianbao.core.style.HouseStyle;
import org.nianbao.uno.Log;
import org.nianbao.uno.Uno;
import com.sun.star.awt.FontDescriptor;
import com.sun.star.awt.XDevice;
import com.sun.star.awt.XToolkit;
import com.sun.star.uno.XComponentContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fonts of our paragraph styles in GB/T 9704 habits: title 方正小标宋简体, headings 黑体, body and tables
 * 仿宋_GB2312, each falling back to the first installed candidate, ending with the Noto CJK fonts (the
 * same candidates as the .odt template's {@code FontSet}). Installed fonts are asked from the office's
 * toolkit once per office process: by the startup job's {@link Preload}, or by the first insert that needs them
 * before it is done (which then waits for it).
 */
public final class Fonts {
    static final List<String> TITLE = HouseStyle.TITLE_FONTS;
    static final List<String> HEADING = HouseStyle.HEADING_FONTS;
    static final List<String> BODY = HouseStyle.BODY_FONTS;

    public final String title;
    public final String heading;
    public final String body;

    Fonts(String title, String heading, String body) {
        this.title = title;
        this.heading = heading;
        this.body = body;
    }

    private static volatile Fonts detected;

    static synchronized Fonts detect(XComponentContext ctx) {
        Fonts f = detected;
        if (f == null) {
            Set<String> installed = installed(ctx);
            f = choose(installed);
            detected = f;
            Log.info("fonts: " + f.title + " / " + f.heading + " / " + f.body + " (" + installed.size() + " families installed)");
        }
        return f;
    }

    /** Per role the first installed candidate; the official names when nothing is known to be installed. */
    static Fonts choose(Set<String> installedLowerCase) {
        HouseStyle.Fonts h = HouseStyle.fonts(installedLowerCase);
        return new Fonts(h.title, h.heading, h.body);
    }

    private static Set<String> installed(XComponentContext ctx) {
        Set<String> out = new HashSet<>();
        try {
            XToolkit toolkit = Uno.q(XToolkit.class,
                    ctx.getServiceManager().createInstanceWithContext("com.sun.star.awt.Toolkit", ctx));
            XDevice device = toolkit.createScreenCompatibleDevice(1, 1);
            for (FontDescriptor d : device.getFontDescriptors()) out.add(d.Name.toLowerCase(Locale.ROOT));
        } catch (Exception e) {
            Log.error("listing installed fonts", e);
        }
        return out;
    }
}
