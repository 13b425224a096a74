"""The fictional demo district 清江区 (示范市), loaded by ``zhifa demo`` (see ``zhifa.demo.loader``)."""
