orbitpressSearch.add("d:[(${id})]", [(${json})], "[(${#temporals.format(date, #messages.msg('date.long'))})]");
