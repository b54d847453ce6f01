from lokalatih.cli import main

raise SystemExit(main())
