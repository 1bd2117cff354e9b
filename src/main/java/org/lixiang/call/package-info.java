/** Calls for proposals (申报指南 / 申报批次): their rules, dates, budget limits and scoring template. */
package org.lixiang.call;
