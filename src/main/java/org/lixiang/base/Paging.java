package org.lixiang.base;

import org.springframework.data.domain.AbstractPageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page by offset and limit, as Vaadin's lazy grids ask for it; Spring's PageRequest only
 * knows page numbers, which would misalign when the offset is not a multiple of the limit.
 */
public final class Paging extends AbstractPageRequest {

    private final long offset;

    private Paging(long offset, int limit) {
        super(0, limit);
        this.offset = offset;
    }

    public static Pageable of(int offset, int limit) {
        return new Paging(Math.max(0, offset), Math.max(1, Math.min(limit, 500)));
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / getPageSize());
    }

    @Override
    public Sort getSort() {
        return Sort.unsorted();
    }

    @Override
    public Pageable next() {
        return new Paging(offset + getPageSize(), getPageSize());
    }

    @Override
    public Pageable previous() {
        return offset <= 0 ? this : new Paging(Math.max(0, offset - getPageSize()), getPageSize());
    }

    @Override
    public Pageable first() {
        return new Paging(0, getPageSize());
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new Paging((long) pageNumber * getPageSize(), getPageSize());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Paging p && p.offset == offset && p.getPageSize() == getPageSize();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(offset) * 31 + getPageSize();
    }
}
