package jp.suishin.logicmodel;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the logic models' elements are kept (V20's table). Positions run from 1 per
 * program and stage. Implemented by the module's persistence.
 */
public interface LogicModelRecords {

	Optional<LogicElement> element(long elementId);

	/** A program's elements, by stage (input first) and position. */
	List<LogicElement> elements(long programId);

	/** The elements of many programs, each list ordered as {@link #elements}. */
	Map<Long, List<LogicElement>> elementsOf(Collection<Long> programIds);

	/** Adds the element after the others of its program and stage; its id. */
	long add(long programId, LogicElementContent content, String actor);

	/**
	 * Changes what an element says; when its stage changes it goes after the others of
	 * its new stage (the positions of both stages are numbered again by the use case).
	 */
	void update(long elementId, LogicElementContent content, String actor);

	void remove(long elementId);

	/** Gives the elements positions 1, 2, … in the order given. */
	void order(List<Long> elementIds);

}
