from hashinsight_desktop.cli import main

raise SystemExit(main())
