orbitpressSearch.add([(${name})], [(${json})]);
