package org.nianbao.uno.ui.sidebar;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.XController2;
import com.sun.star.frame.XDispatchHelper;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XFrame;
import com.sun.star.ui.XDeck;
import com.sun.star.ui.XDecks;
import com.sun.star.ui.XSidebarProvider;
import com.sun.star.uno.XComponentContext;
import org.nianbao.uno.Uno;

/**
 * Opens our deck on a frame and leaves it open. The command {@code .uno:SidebarDeck.<id>} alone toggles:
 * on a window whose sidebar already shows the deck (a new window inherits the last deck) it closes the
 * sidebar. So: make the sidebar visible and activate the deck through the controller's sidebar API, and
 * use the command only when the sidebar does not list the deck yet.
 */
public final class DeckOpener {
    /** The deck id of Sidebar.xcu. */
    public static final String DECK_ID = "NianbaoDeck";

    private DeckOpener() {
    }

    public static void open(XComponentContext ctx, XFrame frame) throws com.sun.star.uno.Exception {
        XController2 controller = frame == null ? null : Uno.q(XController2.class, frame.getController());
        XSidebarProvider sidebar = controller == null ? null : controller.getSidebar();
        if (sidebar != null) {
            sidebar.setVisible(true);
            XDecks decks = sidebar.getDecks();
            if (decks != null && decks.hasByName(DECK_ID)) {
                XDeck deck = Uno.q(XDeck.class, decks.getByName(DECK_ID));
                if (!deck.isActive()) deck.activate(true);
                return;
            }
        }
        XDispatchHelper helper = Uno.q(XDispatchHelper.class,
                ctx.getServiceManager().createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx));
        helper.executeDispatch(Uno.q(XDispatchProvider.class, frame), ".uno:SidebarDeck." + DECK_ID, "", 0, new PropertyValue[0]);
    }
}
