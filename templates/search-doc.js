orbitpressSearch.add("d:[(${id})]", [(${json})], "[(${#temporals.format(date, 'MMMM d, yyyy')})]");
