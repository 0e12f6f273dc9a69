/**
 * The business rules of a support pool that need no container: its calendar (working days,
 * opening hours, time zone, Québec statutory holidays) and the SLA clock that runs on it.
 *
 * <p>Everything here is pure, immutable logic so that the subtle cases (weekends, holidays,
 * daylight-saving changes, pauses while waiting on the member) are pinned down by fast unit
 * tests instead of being discovered in production. Boundaries build a {@link
 * org.passerelle.pool.control.BusinessCalendar} from a pool and ask it questions; nothing here
 * reads the clock or the database.
 */
package org.passerelle.pool.control;
