window.ORBITPRESS_SEARCH = [(${json})];
