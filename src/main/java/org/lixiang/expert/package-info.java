/**
 * The expert pool (专家库): each expert's profile (fields, title, keywords, availability, how many
 * reviews at once, declared conflicts), kept by officers and admins and by the experts themselves,
 * and {@link org.lixiang.expert.ExpertPool}, the read API the expert draw uses.
 */
package org.lixiang.expert;
