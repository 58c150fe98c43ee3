package nl.ketenimpact.web;

import nl.ketenimpact.organisation.CurrentUser;

/**
 * SPI for the numbers beside menu entries (the worklist's count, the bell's unread), implemented by the worklist
 * module; without one the menu shows none. {@link #changed} is called after every request that is not a read.
 */
public interface MenuBadges {

	long worklist(CurrentUser user);

	long unread(CurrentUser user);

	void changed(CurrentUser user);
}
