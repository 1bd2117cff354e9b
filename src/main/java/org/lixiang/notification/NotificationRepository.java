package org.lixiang.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByUserIdOrderByIdDesc(long userId, Pageable page);

    List<Notification> findByUserIdAndReadAtIsNullOrderByIdDesc(long userId, Pageable page);

    long countByUserId(long userId);

    long countByUserIdAndReadAtIsNull(long userId);
}
